package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/** Consolidation of the seed claims gives the gold answers of competency questions 1 to 3. */
class ConsolidatorSeedTest {
    private static final String NMI = "https://w3id.org/missionkg/id/mission/nato-mission-iraq";
    private static final String A000 = "000_a29c890775fe9923";
    private static final String A001 = "001_e6088a01d5507656";
    private static final String A002 = "002_c6492637f5053c95";
    private static final String A003 = "003_b81079d545b3e2ce";
    private static final String A004 = "004_811f0c9e4eb4394b";

    private final Dataset seeds = SeedFixture.unionView(SeedFixture.consolidated());

    @Test
    void whoCommandedWhenGivesTheGoldTimeline() {
        List<String> rows = timeline(seeds);
        assertEquals(List.of(
                "Canada country 2018-07 2020-11 false " + String.join(" ", A000, A001, A002, A004),
                "Dany Fortin person - 2019-23 false " + A000,
                "Jennie Carignan person 2019-23 2020-11 true " + A000 + " " + A002,
                "Denmark country 2020-11 - false " + A004), rows);
    }

    @Test
    void carignansEndIsDerivedFromCanadasHandoverAndSaysSo() {
        Model consolidated = new Consolidator().consolidate(SeedFixture.articles(SeedFixture.load(), false));
        Resource carignan = consolidated.createResource("https://w3id.org/missionkg/id/person/jennie-carignan");
        Resource fact = consolidated.listResourcesWithProperty(MKG.commander, carignan).next();
        Resource derived = fact.getPropertyResourceValue(MKG.derivation);
        assertTrue(derived.hasProperty(RDF.type, MKG.DerivedValue));
        assertEquals("end", derived.getProperty(MKG.aspect).getString());
        assertEquals("end-from-lead-nation-handover", derived.getProperty(MKG.derivedBy).getString());
        assertEquals("2020-11", derived.getProperty(MKG.end).getLiteral().getLexicalForm());
        assertTrue(derived.hasProperty(MKG.note), "the assumed nationality is said");
        Model articles = SeedFixture.articles(SeedFixture.load(), false);
        Resource canadaEnds = articles.listResourcesWithProperty(MKG.end).filterKeep(r -> r.hasProperty(RDF.type, MKG.Leadership))
                .next();
        assertTrue(derived.hasProperty(PROV.wasDerivedFrom, canadaEnds), "rests on article 004's claim");
        assertTrue(fact.getProperty(MKG.inferred).getBoolean());
    }

    @Test
    void inCommandOnMarch2020NamesCarignanCertainlyAndCanada() {
        assertEquals(List.of("Canada certainly", "Jennie Carignan certainly"), inCommandOn("2020-03-01"));
    }

    @Test
    void inCommandOnOtherDaysShowsPossibleAndOpenEndedTenures() {
        assertEquals(List.of("Canada certainly", "Dany Fortin possibly", "Jennie Carignan possibly"),
                inCommandOn("2019-10-15"), "the handover happened some day in the autumn");
        assertEquals(List.of("Denmark certainly"), inCommandOn("2020-12-15"), "article 004 reports Denmark as lead on 2021-01-10");
        assertEquals(List.of("Denmark possibly"), inCommandOn("2021-06-01"), "no source says so after 2021-01-10");
    }

    @Test
    void conflictsShowBothSeedDisagreements() {
        List<String> rows = SeedFixture.select(seeds, CannedQueries.prepare("conflicts", Map.of())).stream()
                .map(r -> String.join(" | ", r.get("missionLabel"), r.get("aspect"), r.get("subjectLabel"),
                        r.get("valueA"), r.get("articleA"), r.get("valueB"), r.get("articleB")))
                .toList();
        assertEquals(List.of(
                "NATO Mission Iraq | date | suspension | 2020-01-04/2020-01-05 | " + A002 + " | 2020-01-06 | " + A003,
                "NATO Mission Iraq | start | Canada | 2018-07 | " + A000 + " | 2018-23 | " + A001), rows);
        SeedFixture.select(seeds, CannedQueries.prepare("conflicts", Map.of())).forEach(r -> {
            assertFalse(r.get("quoteA").isBlank());
            assertFalse(r.get("quoteB").isBlank());
        });
    }

    @Test
    void sameFactsInAnyOrderGiveTheSameGraph() {
        DatasetGraph dsg = SeedFixture.load();
        Model forward = new Consolidator().consolidate(SeedFixture.articles(dsg, false));
        Model reversed = new Consolidator().consolidate(SeedFixture.articles(dsg, true));
        List<Statement> all = new ArrayList<>(SeedFixture.articles(dsg, false).listStatements().toList());
        Collections.shuffle(all, new Random(5));
        Model shuffledInput = ModelFactory.createDefaultModel().add(all);
        Model shuffled = new Consolidator().consolidate(shuffledInput);

        assertTrue(forward.isIsomorphicWith(reversed));
        assertEquals(triples(forward), triples(reversed), "identical, not just isomorphic");
        assertEquals(triples(forward), triples(shuffled));
        assertEquals(triples(forward), triples(new Consolidator().consolidate(SeedFixture.articles(dsg, false))),
                "consolidating twice gives the same");
        Model withOwnOutput = SeedFixture.articles(dsg, false).add(forward);
        assertEquals(triples(forward), triples(new Consolidator().consolidate(withOwnOutput)),
                "consolidated facts in the input are not taken for claims");
        assertFalse(forward.listStatements().toList().stream()
                .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()), "no blank nodes");
    }

    @Test
    void theStoresUnionDefaultGraphGivesTheSameAnswers() {
        Dataset tdb = TDB2Factory.createDataset();
        DatasetGraph seedsWithConsolidated = SeedFixture.consolidated();
        Txn.executeWrite(tdb, () -> seedsWithConsolidated.find().forEachRemaining(tdb.asDatasetGraph()::add));
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<String> viaTdb = Txn.calculateRead(tdb, () -> timeline(tdb));
        assertEquals(timeline(seeds), viaTdb);
    }

    @Test
    void fixtureEvidencePointsIntoTheArticleText() {
        Model articles = SeedFixture.articles(SeedFixture.load(), false);
        int checked = 0;
        for (Resource fact : articles.listResourcesWithProperty(MKG.evidence).toList()) {
            Resource evidence = fact.getPropertyResourceValue(MKG.evidence);
            String text = fact.getPropertyResourceValue(PROV.wasDerivedFrom)
                    .getProperty(articles.createProperty("https://schema.org/text")).getString();
            String oa = "http://www.w3.org/ns/oa#";
            String exact = null;
            int start = -1;
            int end = -1;
            for (Statement s : evidence.listProperties(articles.createProperty(oa + "hasSelector")).toList()) {
                Resource sel = s.getResource();
                if (sel.hasProperty(articles.createProperty(oa + "exact"))) {
                    exact = sel.getProperty(articles.createProperty(oa + "exact")).getString();
                } else {
                    start = sel.getProperty(articles.createProperty(oa + "start")).getInt();
                    end = sel.getProperty(articles.createProperty(oa + "end")).getInt();
                }
            }
            assertEquals(exact, text.substring(start, end), fact.getURI());
            checked++;
        }
        assertEquals(28, checked, "every claim of the fixture");
    }

    private static List<String> timeline(Dataset ds) {
        return SeedFixture.select(ds, CannedQueries.prepare("who-commanded-when", Map.of())).stream()
                .filter(r -> r.get("mission").equals(NMI))
                .map(r -> String.join(" ", r.get("commanderLabel"), r.get("commanderKind"),
                        r.getOrDefault("start", "-"), r.getOrDefault("end", "-"), r.get("inferred"), r.get("articles")))
                .toList();
    }

    private List<String> inCommandOn(String day) {
        return SeedFixture.select(seeds, CannedQueries.prepare("in-command-on", Map.of("date", day))).stream()
                .filter(r -> r.get("mission").equals(NMI))
                .map(r -> r.get("commanderLabel") + " " + r.get("certainty"))
                .sorted()
                .toList();
    }

    private static TreeSet<String> triples(Model m) {
        TreeSet<String> out = new TreeSet<>();
        m.getGraph().find().forEachRemaining(t -> out.add(t.toString()));
        return out;
    }
}
