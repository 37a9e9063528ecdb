package org.missionkg.link;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.missionkg.model.EntityKind;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** The test endpoint (an embedded Fuseki serving fixture.ttl) and the test store (store.trig). */
final class WikidataFixture {
    static final String P = Iris.ID + "person/";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);

    private WikidataFixture() {
    }

    /**
     * The test endpoint for one test class: an embedded Fuseki on a free localhost port serving the fixture at /wd.
     * Registered as a JUnit extension ({@code @RegisterExtension static final WikidataFixture.Endpoint WIKIDATA}), it
     * is up before the class's own {@code @BeforeAll} (which may already ask it) and stopped after its last test.
     */
    static final class Endpoint implements BeforeAllCallback, AfterAllCallback {
        private FusekiServer server;

        @Override
        public void beforeAll(ExtensionContext context) {
            DatasetGraph wd = DatasetGraphFactory.createTxnMem();
            try (InputStream in = WikidataFixture.class.getResourceAsStream("/wikidata/fixture.ttl")) {
                Txn.executeWrite(wd, () -> RDFDataMgr.read(wd.getDefaultGraph(), in, Lang.TURTLE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server = FusekiServer.create().port(0).loopback(true).add("/wd", wd, false).build().start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (server != null) {
                server.stop();
            }
        }

        /** Its SPARQL URL. */
        URI sparql() {
            return URI.create("http://localhost:" + server.getHttpPort() + "/wd/sparql");
        }
    }

    /** The made-up classes of the fixture, as the type constraint. */
    static TypeClasses classes() {
        Map<EntityKind, Set<String>> m = new EnumMap<>(EntityKind.class);
        m.put(EntityKind.PERSON, Set.of("Q9900000901"));
        m.put(EntityKind.COUNTRY, Set.of("Q9900000902"));
        m.put(EntityKind.ORGANIZATION, Set.of("Q9900000903"));
        m.put(EntityKind.PLACE, Set.of("Q9900000904"));
        m.put(EntityKind.MISSION, Set.of("Q9900000905"));
        return new TypeClasses(m);
    }

    /** Fast and short: no pause between requests, one retry after 10 ms, 2 s timeouts. */
    static WikidataConfig config(URI endpoint) {
        return WikidataConfig.defaults().withEndpoint(endpoint).withClasses(classes())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withPacing(Duration.ZERO, 1, Duration.ofMillis(10));
    }

    /** A TDB2 store in {@code dir} holding the graphs of store.trig. */
    static KnowledgeStore store(Path dir) {
        DatasetGraph src = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(src, WikidataFixture.class.getResource("/wikidata/store.trig").toString(), Lang.TRIG);
        KnowledgeStore store = KnowledgeStore.open(dir);
        src.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g.getURI(), src.getGraph(g)));
        // the fixture's own reference graph stands: the query/export commands would otherwise rebuild it
        org.missionkg.pipeline.DerivedGraphs.markFresh(store);
        return store;
    }

    /** Entity → QID of every owl:sameAs in one graph. */
    static Map<String, String> sameAs(KnowledgeStore store, String graph) {
        Node g = NodeFactory.createURI(graph);
        return store.read(dsg -> {
            Map<String, String> out = new TreeMap<>();
            dsg.find(g, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q ->
                    out.put(q.getSubject().getURI(), Iris.wikidataQid(q.getObject().getURI())));
            return out;
        });
    }

    /** Every quad of the store, as N-Quads lines sorted, to compare a store before and after. */
    static java.util.List<String> quads(KnowledgeStore store) {
        return store.read(dsg -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            dsg.find().forEachRemaining(q -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }
}
