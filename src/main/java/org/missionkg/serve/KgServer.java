package org.missionkg.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.missionkg.serve.web.PeoplePages;

/**
 * The embedded Fuseki that serves the knowledge graph, read-only: SPARQL query at
 * {@code /kg/sparql} (and {@code /kg/query}), graph store protocol read at {@code /kg/get},
 * pages for people at {@code /} and beside it ({@link PeoplePages}). Every query is cut after the timeout, and an
 * answer is sent only whole: one the timeout cut is 503 "Query timed out", never a 200 with part of the rows.
 *
 * <pre>
 *   KgServer server = KgServer.create().dataset(store.dataset()).port(3030).build().start();
 *   ... server.url() ... server.stop();
 * </pre>
 */
public final class KgServer {
    public static final String DATASET = "/kg";
    public static final int DEFAULT_MAX_CONCURRENT = 6;
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 256L * 1024 * 1024;

    private final FusekiServer fuseki;
    private final int requestedPort;

    private KgServer(FusekiServer fuseki, int requestedPort) {
        this.fuseki = fuseki;
        this.requestedPort = requestedPort;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; a port that is taken gives a one-line {@link org.missionkg.model.BadInputException}. */
    public KgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new org.missionkg.model.BadInputException("--port " + requestedPort,
                            "the port is in use (another server is listening there): choose another with --port, or 0 for a free one", e);
                }
            }
            throw e;
        }
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
        private int maxConcurrent = DEFAULT_MAX_CONCURRENT;
        private long queueMillis = 5_000;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

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

        /** At most this many requests to the dataset run at once (default 6); more wait, then get 503. */
        public Builder maxConcurrent(int maxConcurrent) {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
            }
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        /** How long a request waits for a free place before it gets 503 (default 5 s). */
        public Builder queueMillis(long queueMillis) {
            this.queueMillis = Math.max(0, queueMillis);
            return this;
        }

        /** A response larger than this (default 256 MB) is not sent: the client gets 500 "Result too large" instead. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        public KgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            // The timeout sits in the dataset's context: Fuseki applies it to every query,
            // and a request's own ?timeout= can only lower it.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            // Jena runs SERVICE by default: a public endpoint would fetch any URL a visitor names.
            dataset.getContext().set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, false);
            // SELECT answers as JSON are written compactly: the same JSON, ten times faster to write (CompactJsonResults).
            CompactJsonResults.register();
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .add(DATASET, dataset, false)
                    .addFilter(DATASET + "/*", new QueryGate(maxConcurrent, queueMillis, maxResponseBytes))
                    .staticFileBase(WebPages.unpack().toString());
            return new KgServer(PeoplePages.register(builder).build(), port);
        }
    }
}
