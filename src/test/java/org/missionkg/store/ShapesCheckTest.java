package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.MKG;

/**
 * The shapes on a well-formed example (one article, one fact of each class) and on copies of it
 * broken one way at a time: each break must be caught, by the expected shape, and nothing else.
 */
class ShapesCheckTest {
    /** Prefixes for the SPARQL updates here and the README snippets in {@link OntologyReadmeTest}. */
    static final String PREFIXES = """
            PREFIX mkg:    <https://w3id.org/missionkg/ontology#>
            PREFIX edtf:   <http://id.loc.gov/datatypes/edtf/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX fact:   <https://w3id.org/missionkg/fact/>
            PREFIX person: <https://w3id.org/missionkg/id/person/>
            """;
    private static final String SHAPES = "https://w3id.org/missionkg/shapes#";
    private static final String MKG_NS = MKG.NS;
    private static final String ARTICLE_GRAPH = "https://w3id.org/missionkg/graph/article/900_shapes_example";

    @Test
    void wellFormedExampleConforms() {
        ShapesReport report = ShapesCheck.standard().check(example());
        assertTrue(report.conforms(), report::toText);
        assertEquals("conforms\n", report.toText());
    }

    @Test
    void exampleHoldsOneFactOfEachClass() {
        DatasetGraph dsg = example();
        for (var factClass : List.of(MKG.CommandTenure, MKG.Leadership, MKG.MissionEvent, MKG.TroopContribution,
                MKG.RoleHolding, MKG.Stationing, MKG.Statement)) {
            long n = dsg.stream(NodeFactory.createURI(ARTICLE_GRAPH), null, RDF.type.asNode(), factClass.asNode()).count();
            assertEquals(1, n, factClass.getURI());
        }
    }

    @Test
    void consolidatedFactNeedsNoEvidenceOfItsOwn() {
        DatasetGraph dsg = example();
        update(dsg, """
                INSERT DATA { GRAPH <https://w3id.org/missionkg/graph/consolidated> {
                    <https://w3id.org/missionkg/consolidated/command/x> a mkg:ConsolidatedFact, mkg:CommandTenure ;
                        mkg:commander person:jennie-carignan ;
                        mkg:mission <https://w3id.org/missionkg/id/mission/nato-mission-iraq> ;
                        mkg:start "2019-23"^^edtf:EDTF ; mkg:startEarliest "2019-09-01"^^xsd:date ;
                        mkg:startLatest "2019-11-30"^^xsd:date ;
                        mkg:claim fact:example-command ; mkg:articleCount 1 .
                } }""");
        ShapesReport report = ShapesCheck.standard().check(dsg);
        assertTrue(report.conforms(), report::toText);
        // It carries how many articles support it, which the timeline reads.
        update(dsg, "DELETE WHERE { GRAPH ?g { ?f mkg:articleCount ?n } }");
        ShapesReport without = ShapesCheck.standard().check(dsg);
        assertFalse(without.conforms(), "a consolidated fact without its article count");
        assertTrue(without.violations().stream().allMatch(v -> v.shape().equals(SHAPES + "ConsolidatedFactShape")
                && v.message().contains("mkg:articleCount")), without::toText);
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                Arguments.of("missing commander",
                        "DELETE WHERE { GRAPH ?g { fact:example-command mkg:commander ?p } }",
                        "CommandTenureShape", MKG_NS + "commander", "commander"),
                Arguments.of("commander not typed as a person in any graph",
                        "DELETE WHERE { GRAPH ?g { person:jennie-carignan a mkg:Person } }",
                        "CommandTenureShape", MKG_NS + "commander", "mkg:Person"),
                Arguments.of("two source articles", """
                        INSERT DATA { GRAPH <https://w3id.org/missionkg/graph/article/901_other> {
                            fact:example-lead prov:wasDerivedFrom <https://w3id.org/missionkg/article/901_other> .
                            <https://w3id.org/missionkg/article/901_other> a schema:NewsArticle, prov:Entity ;
                                mkg:articleId "901_other" ; schema:text "Another text." ; mkg:textLength 13 ;
                                mkg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" .
                        } }""",
                        "ClaimShape", "http://www.w3.org/ns/prov#wasDerivedFrom", "exactly one schema:NewsArticle"),
                Arguments.of("evidence end beyond the text length", """
                        DELETE { GRAPH ?g { ?s oa:end ?e } }
                        INSERT { GRAPH ?g { ?s oa:end "381"^^xsd:nonNegativeInteger } }
                        WHERE { GRAPH ?g { fact:example-troops mkg:evidence/oa:hasSelector ?s . ?s oa:end ?e } }""",
                        "EvidenceShape", "", "length 380"),
                Arguments.of("earliest after latest", """
                        DELETE { GRAPH ?g { fact:example-command mkg:startEarliest ?d } }
                        INSERT { GRAPH ?g { fact:example-command mkg:startEarliest "2019-12-01"^^xsd:date } }
                        WHERE { GRAPH ?g { fact:example-command mkg:startEarliest ?d } }""",
                        "FactShape", MKG_NS + "startEarliest", "startEarliest must not be after startLatest"),
                Arguments.of("start after end", """
                        INSERT DATA { GRAPH <%s> {
                            fact:example-lead mkg:end "2018-05"^^edtf:EDTF ;
                                mkg:endEarliest "2018-05-01"^^xsd:date ; mkg:endLatest "2018-05-31"^^xsd:date .
                        } }""".formatted(ARTICLE_GRAPH),
                        "FactShape", MKG_NS + "startEarliest", "cannot end before it starts"),
                Arguments.of("confidence 1.5", """
                        DELETE { GRAPH ?g { fact:example-troops mkg:confidence ?c } }
                        INSERT { GRAPH ?g { fact:example-troops mkg:confidence 1.5 } }
                        WHERE { GRAPH ?g { fact:example-troops mkg:confidence ?c } }""",
                        "FactShape", MKG_NS + "confidence", "[0, 1]"),
                Arguments.of("confidence as a double", """
                        DELETE { GRAPH ?g { fact:example-troops mkg:confidence ?c } }
                        INSERT { GRAPH ?g { fact:example-troops mkg:confidence 0.9e0 } }
                        WHERE { GRAPH ?g { fact:example-troops mkg:confidence ?c } }""",
                        "FactShape", MKG_NS + "confidence", "xsd:decimal"),
                Arguments.of("unknown event type", """
                        DELETE { GRAPH ?g { fact:example-event mkg:eventType ?t } }
                        INSERT { GRAPH ?g { fact:example-event mkg:eventType <https://w3id.org/missionkg/id/event-type/coup> } }
                        WHERE { GRAPH ?g { fact:example-event mkg:eventType ?t } }""",
                        "MissionEventShape", MKG_NS + "eventType", "event type"),
                Arguments.of("missing evidence",
                        "DELETE WHERE { GRAPH ?g { fact:example-role mkg:evidence ?e } }",
                        "ClaimShape", MKG_NS + "evidence", "exactly one evidence"),
                Arguments.of("negative count", """
                        DELETE { GRAPH ?g { fact:example-troops mkg:count ?c } }
                        INSERT { GRAPH ?g { fact:example-troops mkg:count -250 } }
                        WHERE { GRAPH ?g { fact:example-troops mkg:count ?c } }""",
                        "TroopContributionShape", MKG_NS + "count", "non-negative"),
                Arguments.of("time value not in EDTF", """
                        DELETE { GRAPH ?g { fact:example-lead mkg:start ?d } }
                        INSERT { GRAPH ?g { fact:example-lead mkg:start "July 2018"^^edtf:EDTF } }
                        WHERE { GRAPH ?g { fact:example-lead mkg:start ?d } }""",
                        "FactShape", null, "EDTF literal"),
                Arguments.of("time value a plain string", """
                        DELETE { GRAPH ?g { fact:example-lead mkg:start ?d } }
                        INSERT { GRAPH ?g { fact:example-lead mkg:start "2018-07" } }
                        WHERE { GRAPH ?g { fact:example-lead mkg:start ?d } }""",
                        "FactShape", null, "EDTF literal"),
                Arguments.of("quote selector without its text",
                        "DELETE WHERE { GRAPH ?g { <https://w3id.org/missionkg/fact/example-command#quote> oa:exact ?x } }",
                        "TextQuoteSelectorShape", "http://www.w3.org/ns/oa#exact", "oa:exact"),
                Arguments.of("evidence in another article than the source", """
                        DELETE { GRAPH ?g { ?e oa:hasSource ?a } }
                        INSERT { GRAPH ?g { ?e oa:hasSource <https://w3id.org/missionkg/article/901_other> .
                            <https://w3id.org/missionkg/article/901_other> a schema:NewsArticle, prov:Entity ;
                                mkg:articleId "901_other" ; schema:text "Another text, long enough for the span." ;
                                mkg:textLength 400 ;
                                mkg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" . } }
                        WHERE { GRAPH ?g { fact:example-statement mkg:evidence ?e . ?e oa:hasSource ?a } }""",
                        "ClaimShape", "", "not into the article the claim is derived from"),
                Arguments.of("article without its text length",
                        "DELETE WHERE { GRAPH ?g { ?a mkg:textLength ?n } }",
                        "ArticleShape", MKG_NS + "textLength", "expected min 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void brokenGraphIsCaughtByTheExpectedShape(String name, String update, String shape, String path,
                                               String messagePart) {
        DatasetGraph dsg = example();
        update(dsg, update);
        ShapesReport report = ShapesCheck.standard().check(dsg);

        assertFalse(report.conforms(), name + ": not caught");
        Set<String> shapes = new TreeSet<>();
        for (ShapesReport.Violation v : report.violations()) {
            shapes.add(v.shape());
            if (path != null) {
                assertEquals(path, v.path(), () -> name + ": unexpected path\n" + report.toText());
            }
        }
        assertEquals(Set.of(SHAPES + shape), shapes, () -> name + ": unexpected shapes\n" + report.toText());
        assertTrue(report.violations().stream().anyMatch(v -> v.message().contains(messagePart)),
                () -> name + ": no message with '" + messagePart + "'\n" + report.toText());
        assertTrue(report.toText().contains(SHAPES + shape), report::toText);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018", "2018-07", "2019-06-26", "2019-23", "2019-24~", "2019-06-26?", "2020%",
        "2020-01-04/2020-01-05", "2018/..", "2018-07/", "../2020-11", "/2020-11"})
    void timeValuesOfTheSupportedEdtfSubsetPass(String edtf) {
        FuzzyDate.parse(edtf);
        ShapesReport report = ShapesCheck.standard().check(withLeadStart(edtf));
        assertTrue(report.conforms(), report::toText);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "2019-25", "2019-00", "2019-07-32", "2019-23-01", "19-07", "2019-7",
        "July 2018", "../..", "2019~~", " 2019"})
    void timeValuesOutsideTheSubsetFail(String edtf) {
        if (!edtf.startsWith(" ")) {
            assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse(edtf));
        }
        ShapesReport report = ShapesCheck.standard().check(withLeadStart(edtf));
        assertFalse(report.conforms(), edtf);
    }

    private static DatasetGraph withLeadStart(String edtf) {
        DatasetGraph dsg = example();
        update(dsg, """
                DELETE { GRAPH ?g { fact:example-lead mkg:start ?d } }
                INSERT { GRAPH ?g { fact:example-lead mkg:start "%s"^^edtf:EDTF } }
                WHERE { GRAPH ?g { fact:example-lead mkg:start ?d } }""".formatted(edtf));
        return dsg;
    }

    private static DatasetGraph example() {
        try (InputStream in = ShapesCheckTest.class.getResourceAsStream("/shapes/valid.trig")) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            return dsg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(DatasetGraph dsg, String update) {
        UpdateAction.parseExecute(PREFIXES + update, dsg);
    }
}
