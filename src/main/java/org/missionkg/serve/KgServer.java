package org.missionkg.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.missionkg.serve.web.PeoplePages;

/**
 * The embedded Fuseki that serves the knowledge graph, read-only: SPARQL query at
 * {@code /kg/sparql} (and {@code /kg/query}), graph store protocol read at {@code /kg/get},
 * pages for people at {@code /} and beside it ({@link PeoplePages}). Every query is cut after the timeout.
 *
 * <pre>
 *   KgServer server = KgServer.create().dataset(store.dataset()).port(3030).build().start();
 *   ... server.url() ... server.stop();
 * </pre>
 */
public final class KgServer {
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL, e.g. {@code http://localhost:3030}. */
    public String url() {
        return "http://localhost:" + port();
    }

    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    public String graphStoreUrl() {
        return url() + DATASET + "/get";
    }

    /** Builds a {@link KgServer}; only the dataset is required. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 30_000;

        private Builder() {
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen on localhost only (the default); false listens on every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        public Builder timeoutMillis(long timeoutMillis) {
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
            }
            this.timeoutMillis = timeoutMillis;
            return this;
        }

        public KgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            // The timeout sits in the dataset's context: Fuseki applies it to every query,
            // and a request's own ?timeout= can only lower it.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            // Jena runs SERVICE by default: a public endpoint would fetch any URL a visitor names.
            dataset.getContext().set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, false);
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .add(DATASET, dataset, false)
                    .staticFileBase(WebPages.unpack().toString());
            return new KgServer(PeoplePages.register(builder).build());
        }
    }
}
