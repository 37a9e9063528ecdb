package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

class WikidataLinkerTest {
    private static final String CARIGNAN = WikidataFixture.P + "jennie-carignan";
    private static final String TESTLAND = Iris.ID + "country/testland";
    @RegisterExtension
    static final WikidataFixture.Endpoint WIKIDATA = new WikidataFixture.Endpoint();

    @TempDir
    Path dir;
    private KnowledgeStore store;

    @BeforeEach
    void openStore() {
        store = WikidataFixture.store(dir.resolve("store"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private LinkReport link() {
        return link(WikidataFixture.CLOCK);
    }

    private LinkReport link(Clock clock) {
        WikidataClient client = new WikidataClient(WikidataFixture.config(WIKIDATA.sparql()));
        return new Linker(store, null, client, clock).run();
    }

    private Map<String, String> links() {
        return WikidataFixture.sameAs(store, Iris.LINKS_GRAPH);
    }

    private Model linksGraph() {
        return store.read(dsg -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(Iris.LINKS_GRAPH))));
            return m;
        });
    }

    @Test
    void aClearMatchIsLinkedWithARecordOfHowItWasMade() {
        LinkReport report = link();
        assertEquals("Q9900000001", links().get(CARIGNAN));
        Model m = linksGraph();
        Resource entity = m.createResource(CARIGNAN);
        assertTrue(m.contains(entity, MKG.wikidata, "Q9900000001"));
        Resource record = m.createResource(Iris.link(CARIGNAN));
        assertTrue(m.contains(record, RDF.type, MKG.Link));
        assertTrue(m.contains(record, MKG.linkSubject, entity));
        assertTrue(m.contains(record, MKG.linkTarget, m.createResource(Iris.wikidataItem("Q9900000001"))));
        assertEquals(LinksGraph.METHOD_RECONCILIATION, record.getProperty(MKG.method).getString());
        // label 1.00 + citizenship of the lead nation 0.50 + description words ("general", "Testland") 0.50
        assertDecimal("2.00", record.getProperty(MKG.score).getLiteral().getLexicalForm());
        String why = record.getProperty(org.apache.jena.vocabulary.RDFS.comment).getString();
        assertTrue(why.contains("label matches") && why.contains("Q9900000101"), why);
        Resource run = record.getPropertyResourceValue(PROV.wasGeneratedBy);
        assertTrue(m.contains(run, RDF.type, MKG.Reconciliation));
        assertEquals(WIKIDATA.sparql().toString(), run.getPropertyResourceValue(PROV.used).getURI());
        assertEquals(WikidataFixture.CLOCK.instant(), Instant.parse(run.getProperty(PROV.startedAtTime).getLiteral().getLexicalForm()));
        assertTrue(report.linked().stream().anyMatch(l -> l.entity().equals(CARIGNAN) && l.qid().equals("Q9900000001")));
        assertTrue(report.requests() > 0 && report.requests() <= 4, "batched: " + report.requests());
    }

    @Test
    void twoEqualCandidatesAreNotLinkedButKeptForReview() {
        LinkReport report = link();
        String morgan = WikidataFixture.P + "alex-morgan";
        assertFalse(links().containsKey(morgan));
        assertTrue(report.undecided().stream().anyMatch(u -> u.entity().equals(morgan) && u.candidates() == 2));
        LinksGraph.ReviewEntry entry = LinksGraph.review(store).stream().filter(r -> r.entity().equals(morgan))
                .findFirst().orElseThrow();
        assertEquals("Alex Morgan", entry.label());
        assertEquals(List.of("Q9900000005", "Q9900000006"), entry.candidates().stream().map(LinksGraph.ReviewCandidate::qid).toList());
        entry.candidates().forEach(c -> assertDecimal("1.00", c.score().toPlainString()));
        assertEquals("test footballer", entry.candidates().get(0).description());
        assertTrue(entry.candidates().get(0).reasons().contains("apart"), entry.candidates().get(0).reasons());
    }

    @Test
    void aWrongTypeIsRejected() {
        LinkReport report = link();
        assertEquals("Q9900000002", links().get(WikidataFixture.P + "dany-fortin"), "the fictional namesake is dropped");
        String olsen = WikidataFixture.P + "per-olsen";
        assertFalse(links().containsKey(olsen));
        assertTrue(LinksGraph.review(store).stream().noneMatch(r -> r.entity().equals(olsen)));
        assertEquals(2, report.rejectedByType());
        assertEquals(1, report.withoutCandidate());
    }

    @Test
    void contextTellsNamesakesApart() {
        link();
        // The store says Sam Taylor is Testland's Minister of Defence: citizenship and description agree.
        assertEquals("Q9900000007", links().get(WikidataFixture.P + "sam-taylor"));
        Model m = linksGraph();
        Resource record = m.createResource(Iris.link(WikidataFixture.P + "sam-taylor"));
        assertDecimal("1.50", record.getProperty(MKG.margin).getLiteral().getLexicalForm());
    }

    @Test
    void labelsMatchInAnyCaseAndTypesThroughSubclasses() {
        link();
        assertEquals("Q9900000201", links().get(Iris.ID + "mission/operation-glasswing"), "label in lower case on the item");
        assertEquals("Q9900000103", links().get(Iris.ID + "country/ruritania"), "a sovereign state is a country");
        assertEquals("Q9900000301", links().get(Iris.ID + "place/camp-tessera"));
        assertEquals("Q9900000401", links().get(Iris.ID + "organization/allied-test-command"));
    }

    @Test
    void anAliasAloneIsNotEnough() {
        link();
        String quill = WikidataFixture.P + "bob-quill";
        assertFalse(links().containsKey(quill));
        LinksGraph.ReviewEntry entry = LinksGraph.review(store).stream().filter(r -> r.entity().equals(quill))
                .findFirst().orElseThrow();
        assertDecimal("0.60", entry.candidates().get(0).score().toPlainString());
    }

    @Test
    void checkedLinksStayAndAreNotLookedUp() {
        List<String> referenceBefore = graphQuads(Iris.REFERENCE_GRAPH);
        LinkReport report = link();
        assertEquals(referenceBefore, graphQuads(Iris.REFERENCE_GRAPH));
        assertFalse(links().containsKey(TESTLAND), "the second 'Testland' item never replaces the checked link");
        assertTrue(report.linked().stream().noneMatch(l -> l.entity().equals(TESTLAND)));
        assertEquals(Map.of(TESTLAND, "Q9900000101"), WikidataFixture.sameAs(store, Iris.REFERENCE_GRAPH));
        assertEquals(10, report.entities(), "every typed entity without a link, and not Testland");
    }

    @Test
    void aSecondRunLooksUpOnlyWhatIsStillUnlinkedAndKeepsTheRest() {
        link();
        Map<String, String> first = links();
        List<LinksGraph.ReviewEntry> review = LinksGraph.review(store);
        LinkReport again = link(Clock.fixed(Instant.parse("2026-02-02T12:00:00Z"), ZoneOffset.UTC));
        assertEquals(first, links());
        assertEquals(3, again.entities(), "Alex Morgan, Bob Quill, Per Olsen");
        assertEquals(review, LinksGraph.review(store));
        Model m = linksGraph();
        assertEquals(2, m.listSubjectsWithProperty(RDF.type, MKG.Reconciliation).toList().size(),
                "the first run made the links, the second the kept candidates");
    }

    @Test
    void acceptRecordsAReviewedLinkAndClearsTheCandidates() {
        link();
        String morgan = WikidataFixture.P + "alex-morgan";
        LinksGraph.Accepted a = LinksGraph.accept(store, null, morgan, "Q9900000006",
                Clock.fixed(Instant.parse("2026-02-03T09:30:00Z"), ZoneOffset.UTC));
        assertTrue(a.wasCandidate());
        assertNull(a.replaced());
        assertEquals("Q9900000006", links().get(morgan));
        Model m = linksGraph();
        Resource record = m.createResource(Iris.link(morgan));
        assertEquals(LinksGraph.METHOD_REVIEWED, record.getProperty(MKG.method).getString());
        assertDecimal("1.00", record.getProperty(MKG.score).getLiteral().getLexicalForm());
        Resource review = record.getPropertyResourceValue(PROV.wasGeneratedBy);
        assertEquals("2026-02-03T09:30:00Z", review.getProperty(PROV.startedAtTime).getLiteral().getLexicalForm());
        assertTrue(m.contains(review.getPropertyResourceValue(PROV.wasInformedBy), RDF.type, MKG.Reconciliation),
                "the review points at the run that proposed the candidate");
        assertFalse(m.contains(m.createResource(morgan), MKG.candidate));
        assertTrue(LinksGraph.review(store).stream().noneMatch(r -> r.entity().equals(morgan)));
        // and the next run leaves it alone
        assertEquals(2, link().entities());
        assertEquals("Q9900000006", links().get(morgan));
    }

    @Test
    void acceptReplacesAnAutomaticLinkButNeverACheckedOne() {
        link();
        LinksGraph.Accepted a = LinksGraph.accept(store, null, CARIGNAN, "Q9900000009", WikidataFixture.CLOCK);
        assertEquals("Q9900000001", a.replaced());
        assertEquals("Q9900000009", links().get(CARIGNAN));
        assertEquals(1, linksGraph().listStatements(linksGraph().createResource(CARIGNAN), org.apache.jena.vocabulary.OWL.sameAs,
                (org.apache.jena.rdf.model.RDFNode) null).toList().size());

        List<String> before = WikidataFixture.quads(store);
        BadInputException refused = assertThrows(BadInputException.class,
                () -> LinksGraph.accept(store, null, TESTLAND, "Q9900000102", WikidataFixture.CLOCK));
        assertTrue(refused.getMessage().contains("checked link to Q9900000101"), refused.getMessage());
        assertTrue(LinksGraph.accept(store, null, TESTLAND, "Q9900000101", WikidataFixture.CLOCK).alreadyLinked());
        assertEquals(before, WikidataFixture.quads(store));
        assertThrows(BadInputException.class,
                () -> LinksGraph.accept(store, null, Iris.ID + "person/nobody", "Q9900000001", WikidataFixture.CLOCK));
        assertThrows(BadInputException.class, () -> LinksGraph.accept(store, null, CARIGNAN, "42", WikidataFixture.CLOCK));
    }

    @Test
    void aRoleConceptCanBeLinkedByReview() {
        String role = Iris.ID + "role/minister-of-defence";
        LinksGraph.Accepted a = LinksGraph.accept(store, null, role, "Q9900000501", WikidataFixture.CLOCK);
        assertFalse(a.wasCandidate());
        assertEquals("Q9900000501", links().get(role));
    }

    @Test
    void theStoreStillConformsToTheShapesAfterLinking() {
        link();
        ShapesReport report = store.read(dsg -> ShapesCheck.standard().check(dsg));
        assertTrue(report.conforms(), report::toText);
    }

    static void assertDecimal(String expected, String lexical) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(lexical)), expected + " vs " + lexical);
    }

    private List<String> graphQuads(String graph) {
        return WikidataFixture.quads(store).stream().filter(q -> q.contains(graph)).toList();
    }
}
