package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Provenance;
import org.missionkg.vocab.Iris;

/** The examples in ontology/README.md: Turtle and SPARQL parse, the worked TriG example conforms to the shapes. */
class OntologyReadmeTest {
    private static final String README = readReadme();

    @Test
    void turtleSkeletonParses() {
        List<String> blocks = blocks("turtle");
        assertFalse(blocks.isEmpty());
        for (String block : blocks) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ShapesCheckTest.PREFIXES + block, Lang.TURTLE).parse(g);
            assertTrue(g.size() > 0);
        }
    }

    @Test
    void sparqlExamplesParse() {
        List<String> blocks = blocks("sparql");
        assertFalse(blocks.isEmpty());
        blocks.forEach(QueryFactory::create);
    }

    @Test
    void workedExampleConformsToTheShapes() {
        List<String> blocks = blocks("trig");
        assertEquals(1, blocks.size());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(blocks.get(0), Lang.TRIG).parse(dsg);
        ShapesReport report = ShapesCheck.standard().check(dsg);
        assertTrue(report.conforms(), report::toText);
    }

    @Test
    void workedExampleUsesTheIrisTheCodeMints() {
        String exact = "would transfer command to Brigadier-General Jennie Carignan in the fall of 2019";
        CommandTenure fact = new CommandTenure(
                new EntityRef(EntityKind.PERSON, "jennie-carignan", "Jennie Carignan"),
                new EntityRef(EntityKind.MISSION, "nato-mission-iraq", "NATO Mission Iraq"),
                "Brigadier-General", FuzzyDate.parse("2019-23"), null,
                new Provenance("000_a29c890775fe9923", new Evidence(793, 872, exact, null, null, null), 0.9,
                        "command.transfer", FuzzyDate.parse("2019-06-26")));
        String trig = blocks("trig").get(0);
        for (String iri : List.of(Iris.fact(fact), Iris.extractor("command.transfer", "1"),
                Iris.article("000_a29c890775fe9923"), Iris.articleGraph("000_a29c890775fe9923"),
                Iris.entity(fact.commander()), Iris.entity(fact.mission()), Iris.outlet("Kurdistan 24"))) {
            assertTrue(trig.contains("<" + iri + ">"), iri);
        }
        assertTrue(trig.contains("mkg:startEarliest \"" + fact.start().earliest() + "\"^^xsd:date"));
        assertTrue(trig.contains("mkg:startLatest \"" + fact.start().latest() + "\"^^xsd:date"));
    }

    @Test
    void workedExampleSpanAndHashAreThoseOfTheSeedArticle() throws Exception {
        String file = Files.readString(Path.of("data", "articles", "000_a29c890775fe9923.txt"), StandardCharsets.UTF_8);
        String body = file.substring(file.indexOf("\n---\n") + 5);
        String trig = blocks("trig").get(0);
        assertTrue(trig.contains("mkg:textLength " + body.length() + " ;"));
        assertTrue(trig.contains("oa:exact \"" + body.substring(793, 872) + "\""));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        assertTrue(trig.contains("mkg:sha256 \"" + sha + "\""), sha);
    }

    private static List<String> blocks(String lang) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(README);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String readReadme() {
        try {
            return Files.readString(Path.of("ontology", "README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
