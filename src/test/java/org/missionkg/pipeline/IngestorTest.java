package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.extract.FactExtractor;
import org.missionkg.model.BadInputException;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.Stationing;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/** Ingest without an extractor (metadata only): idempotence, whole replacement, and bad files in a batch. */
class IngestorTest {
    static final Path SEED = TestFiles.SEED_CORPUS;

    @TempDir
    Path dir;

    @Test
    void ingestingTheSeedTwiceLeavesTheSameQuads() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor ingestor = Ingestor.create(store).build();
            IngestReport first = ingestor.ingest(List.of(SEED));
            assertEquals(List.of(5, 5, 0), List.of(first.read(), first.stored(), first.unchanged()));
            assertEquals(List.of(), first.skipped());
            String before = nquads(store, null);

            IngestReport second = Ingestor.create(store).build().ingest(List.of(SEED));
            assertEquals(List.of(5, 0, 5), List.of(second.read(), second.stored(), second.unchanged()));
            assertEquals(0, second.quadsWritten());
            // nothing ignored in the comparison: unchanged articles are not rewritten, so even mkg:ingestedAt stays
            assertEquals(before, nquads(store, null));
            assertEquals(5, store.articleGraphs().size());
        }
    }

    @Test
    void seedMetadataIsMapped() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Instant at = Instant.parse("2024-05-06T07:08:09Z");
            Ingestor.create(store).clock(Clock.fixed(at, ZoneOffset.UTC)).build().ingest(List.of(SEED));
            String id = "003_b81079d545b3e2ce";
            Node g = NodeFactory.createURI(Iris.articleGraph(id));
            Node a = NodeFactory.createURI(Iris.article(id));
            store.read(dsg -> {
                assertEquals("Click Lancashire", object(dsg, g, object(dsg, g, a, SchemaDO.publisher.asNode()), RDFS.label.asNode())
                        .getLiteralLexicalForm());
                Node published = object(dsg, g, a, SchemaDO.datePublished.asNode());
                assertEquals("2020-02-14", published.getLiteralLexicalForm());
                assertEquals("http://www.w3.org/2001/XMLSchema#date", published.getLiteralDatatypeURI());
                assertEquals("Elias Hubbard", object(dsg, g, a, SchemaDO.author.asNode()).getLiteralLexicalForm());
                assertTrue(object(dsg, g, a, SchemaDO.headline.asNode()).getLiteralLexicalForm().startsWith("Iraq's approval"));
                assertTrue(object(dsg, g, a, MKG.note.asNode()).getLiteralLexicalForm().startsWith("note: "));
                assertEquals(at.toString(), object(dsg, g, a, MKG.ingestedAt.asNode()).getLiteralLexicalForm());
                return null;
            });
        }
    }

    @Test
    void changedArticleReplacesItsGraphWhole() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path file = article(corpus, "a.txt", "Old Title", "Kurdistan 24", "2019-06-26", "The old text about Brigadier-General Carignan.");
        article(corpus, "b.txt", "Other", "Wire", "2020-01-01", "An unrelated story.");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor.create(store).build().ingest(List.of(corpus));
            String otherBefore = nquads(store, Iris.articleGraph("b"));

            article(corpus, "a.txt", "New Title", "The Canadian Press", "2019-06-27", "The new text.");
            IngestReport r = Ingestor.create(store).build().ingest(List.of(corpus));
            assertEquals(List.of(1, 1), List.of(r.stored(), r.unchanged()));

            String a = nquads(store, Iris.articleGraph("a"));
            for (String gone : List.of("Old Title", "Kurdistan 24", "2019-06-26", "old text")) {
                assertFalse(a.contains(gone), gone + " is still in the graph:\n" + a);
            }
            for (String kept : List.of("New Title", "The Canadian Press", "2019-06-27", "The new text.")) {
                assertTrue(a.contains(kept), kept + " is missing:\n" + a);
            }
            assertEquals(1, count(store, Iris.articleGraph("a"), Iris.article("a"), MKG.sha256.asNode()));
            assertEquals(otherBefore, nquads(store, Iris.articleGraph("b")), "the other article was touched");
            assertTrue(a.contains("\"" + file + "\""), "mkg:sourceFile is missing:\n" + a);
        }
    }

    @Test
    void frontMatterChangeAloneIsStored() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        article(corpus, "a.txt", "Title", "Wire", "2019-06-26", "Same text on both runs.");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor.create(store).build().ingest(List.of(corpus));
            // the date was wrong and is corrected; the body is the same, so its sha256 is too
            article(corpus, "a.txt", "Title", "Wire", "2019-06-27", "Same text on both runs.");
            IngestReport r = Ingestor.create(store).build().ingest(List.of(corpus));
            assertEquals(List.of(1, 0), List.of(r.stored(), r.unchanged()));
            String a = nquads(store, Iris.articleGraph("a"));
            assertTrue(a.contains("\"2019-06-27\""), a);
            assertFalse(a.contains("\"2019-06-26\""), a);
        }
    }

    @Test
    void articlesWithMonthOrYearDatesAreRecognisedAsUnchanged() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        article(corpus, "m.txt", "M", "Wire", "2019-11", "Published in a month.");
        article(corpus, "y.txt", "Y", "Wire", "2019", "Published in a year.");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            assertEquals(2, Ingestor.create(store).build().ingest(List.of(corpus)).stored());
            // the stored literals (xsd:gYearMonth, xsd:gYear) compare equal to freshly mapped ones
            assertEquals(2, Ingestor.create(store).build().ingest(List.of(corpus)).unchanged());
        }
    }

    @Test
    void badFileInABatchIsSkippedAndTheRestStored() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path x = article(corpus, "x.txt", "X", "Wire", "2019-01-01", "The first version of x.");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor.create(store).build().ingest(List.of(corpus));
            String xBefore = nquads(store, Iris.articleGraph("x"));

            // x is now broken; y and z are new and fine
            article(corpus, "x.txt", "X", "Wire", "yesterday", "A second version of x that must not be stored.");
            article(corpus, "y.txt", "Y", "Wire", "2019-02-01", "Text of y.");
            article(corpus, "z.txt", "Z", "Wire", "2019-03-01", "Text of z.");
            IngestReport r = Ingestor.create(store).build().ingest(List.of(corpus));

            assertEquals(2, r.stored());
            assertEquals(1, r.skipped().size(), r.skipped()::toString);
            String reason = r.skipped().get(0);
            assertTrue(reason.startsWith(x.toString()) && reason.contains("'published' is not a date"), reason);
            assertTrue(r.hasProblems());
            assertEquals(List.of(Iris.articleGraph("x"), Iris.articleGraph("y"), Iris.articleGraph("z")), store.articleGraphs());
            assertEquals(xBefore, nquads(store, Iris.articleGraph("x")), "the stored x was touched");
        }
    }

    @Test
    void failedCheckKeepsTheStoredGraphAndNamesTheArticle() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path a = article(corpus, "a.txt", "A", "Wire", "2019-01-01", "First text.");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor.create(store).build().ingest(List.of(corpus));
            String before = nquads(store, null);
            article(corpus, "a.txt", "A", "Wire", "2019-01-01", "Second text.");
            IngestReport r = Ingestor.create(store)
                    .check((article, graph) -> {
                        throw new BadInputException(article.source(), "does not conform to the shapes");
                    })
                    .build().ingest(List.of(corpus));
            assertEquals(List.of(a + ": does not conform to the shapes"), r.skipped());
            assertEquals(0, r.stored());
            assertEquals(before, nquads(store, null));
        }
    }

    @Test
    void sameIdTwiceInABatchAndMissingPathsAreReported() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        article(corpus, "a.md", "A", "Wire", "2019-01-01", "From markdown.");
        Path txt = article(corpus, "a.txt", "A", "Wire", "2019-01-01", "From text.");
        Path missing = dir.resolve("missing");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = Ingestor.create(store).build().ingest(List.of(missing, corpus));
            assertEquals(1, r.stored());
            assertEquals(2, r.skipped().size(), r.skipped()::toString);
            assertEquals(missing + ": no such file or folder", r.skipped().get(0));
            assertTrue(r.skipped().get(1).startsWith(txt + ": another article in this batch has the same id 'a'"),
                    r.skipped().get(1));
            assertTrue(nquads(store, Iris.articleGraph("a")).contains("From markdown."));
            assertNotEquals(-1, r.summary().indexOf("skipped: 2"));
        }
    }

    @Test
    void aFactThatBreaksTheShapesIsLeftOutAndTheRestStored() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String body = "Minister Ann Lee said the mission is stationed in Bob Day.";
        Path a = article(corpus, "a.txt", "A", "Wire", "2019-01-01", body);
        EntityRef ann = new EntityRef(EntityKind.PERSON, "ann-lee", "Ann Lee");
        EntityRef bob = new EntityRef(EntityKind.PERSON, "bob-day", "Bob Day");
        EntityRef mission = new EntityRef(EntityKind.MISSION, "m", "M");
        Provenance p = new Provenance("a", new Evidence(0, 20, body.substring(0, 20), "", "", body), 0.8, "test", null);
        Fact good = new RoleHolding(ann, "Minister", null, p);
        Fact bad = new Stationing(mission, bob, null, p); // a person is no place
        FactExtractor two = new FactExtractor() {
            public List<Fact> extract(org.missionkg.model.Article article) {
                return List.of(good, bad);
            }

            public String version() {
                return "test";
            }
        };
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = StandardIngest.ingestor(store, two).ingest(List.of(corpus));
            assertEquals(1, r.stored(), r::summary);
            assertEquals(List.of(), r.skipped());
            assertEquals(1, r.dropped().size(), r.dropped()::toString);
            assertTrue(r.dropped().get(0).startsWith(a + ": fact " + Iris.fact(bad) + " left out: breaks shape"),
                    r.dropped().get(0));
            assertTrue(r.summary().contains("(1 left out)"), r.summary());
            String stored = nquads(store, Iris.articleGraph("a"));
            assertTrue(stored.contains(Iris.fact(good)));
            assertFalse(stored.contains(Iris.fact(bad)));
            assertTrue(store.read(dsg -> org.missionkg.store.ShapesCheck.standard().check(dsg)).conforms());
        }
    }

    static Path article(Path folder, String name, String title, String outlet, String published, String body) throws IOException {
        return Files.writeString(folder.resolve(name), "---\ntitle: \"" + title + "\"\noutlet: \"" + outlet
                + "\"\npublished: " + published + "\n---\n" + body + "\n", StandardCharsets.UTF_8);
    }

    /** The store's quads (or one graph's) as sorted N-Quads lines. */
    static String nquads(KnowledgeStore store, String graphIri) {
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dsg.find(graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(copy::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, copy, Lang.NQUADS);
            return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
        });
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        assertTrue(it.hasNext(), "no " + p + " of " + s);
        Node o = it.next().getObject();
        assertFalse(it.hasNext(), "more than one " + p + " of " + s);
        return o;
    }

    private static long count(KnowledgeStore store, String g, String s, Node p) {
        return store.read(dsg -> {
            long n = 0;
            var it = dsg.find(NodeFactory.createURI(g), NodeFactory.createURI(s), p, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
