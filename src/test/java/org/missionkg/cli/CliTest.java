package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI as a user meets it: help, exit codes, one-line messages, query output formats, ingest reports. */
class CliTest {
    static final String SEED = "data/articles";
    static final String BY_ID = "PREFIX mkg: <https://w3id.org/missionkg/ontology#> "
            + "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?id ?outlet WHERE { ?a mkg:articleId ?id ; schema:publisher/rdfs:label ?outlet } ORDER BY ?id";

    /** Two seed articles, metadata only: small enough to spell out every query answer. */
    @TempDir
    static Path small;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestTwoArticles() {
        CliRun run = CliRun.run("ingest", "--no-extract", "--store", small.toString(),
                SEED + "/000_a29c890775fe9923.txt", SEED + "/002_c6492637f5053c95.txt");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "serve", "query", "export"})
    void everySubcommandHasHelp(String command) {
        CliRun run = CliRun.run(command, "--help");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: missionkg " + command), run::toString);
        assertEquals("", run.err());
        CliRun viaHelp = CliRun.run("help", command);
        assertEquals(ExitCodes.OK, viaHelp.exit(), viaHelp::toString);
        assertEquals(run.out(), viaHelp.out());
    }

    @Test
    void topLevelHelpVersionAndUsage() {
        CliRun help = CliRun.run("--help");
        assertEquals(ExitCodes.OK, help.exit());
        for (String command : List.of("ingest", "extract", "serve", "query", "export")) {
            assertTrue(help.out().contains(command), command + " missing from:\n" + help.out());
        }
        assertEquals(ExitCodes.OK, CliRun.run("--version").exit());
        assertEquals(ExitCodes.USAGE, CliRun.run().exit(), "no command is a usage error");
        CliRun unknown = CliRun.run("ingest", "--no-such-option", SEED);
        assertEquals(ExitCodes.USAGE, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("--no-such-option"), unknown::toString);
    }

    @Test
    void malformedQueryIsOneLineNamingTheQueryAndPlace() {
        CliRun run = CliRun.run("query", "--store", small.toString(), "-e", "SELECT * WHERE {");
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("missionkg: query given with -e [line 1, column 16]: malformed SPARQL"), line);
        assertEquals("", run.out());
    }

    @Test
    void malformedQueryFileIsNamed() throws IOException {
        Path rq = Files.writeString(dir.resolve("bad.rq"), "PREFIX x: <urn:x:>\nSELECT ?a\nWHERE { ?a x:b }\n");
        CliRun run = CliRun.run("query", "--store", small.toString(), rq.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("missionkg: " + rq + " [line 3, column "), run::toString);
        CliRun missing = CliRun.run("query", "--store", small.toString(), dir.resolve("none.rq").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exit());
        assertEquals(List.of("missionkg: " + dir.resolve("none.rq") + ": no such file"), missing.errLines());
    }

    @Test
    void queryAsCsv() {
        CliRun run = query("--format", "csv", "-e", BY_ID);
        assertEquals(List.of("id,outlet", "000_a29c890775fe9923,Kurdistan 24", "002_c6492637f5053c95,The Canadian Press"),
                run.out().lines().toList());
    }

    @Test
    void queryAsTsv() {
        CliRun run = query("--format", "tsv", "-e", BY_ID);
        assertEquals(List.of("?id\t?outlet", "\"000_a29c890775fe9923\"\t\"Kurdistan 24\"",
                "\"002_c6492637f5053c95\"\t\"The Canadian Press\""), run.out().lines().toList());
    }

    @Test
    void queryAsJson() {
        CliRun run = query("--format", "json", "-e", BY_ID);
        JsonObject json = JSON.parse(run.out());
        assertEquals(List.of("id", "outlet"), json.get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList());
        var rows = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(2, rows.size());
        assertEquals("The Canadian Press", rows.get(1).getAsObject().get("outlet").getAsObject().get("value").getAsString().value());
    }

    @Test
    void queryAsTable() {
        CliRun run = query("-e", BY_ID);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).matches("\\|\\s+id\\s+\\|\\s+outlet\\s+\\|"), run::toString);
        assertTrue(lines.get(3).contains("\"000_a29c890775fe9923\"") && lines.get(3).contains("\"Kurdistan 24\""), run::toString);
        assertEquals(6, lines.size(), run::toString);
    }

    @Test
    void askConstructAndAFormatThatDoesNotFit() {
        assertEquals("true", query("-e", "ASK { ?s ?p \"Kurdistan 24\" }").out().strip());
        CliRun construct = query("--format", "ttl", "-e",
                "CONSTRUCT { ?a <http://example.org/outlet> ?o } WHERE { ?a <https://schema.org/publisher> ?o }");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(construct.out(), Lang.TURTLE).parse(g);
        assertEquals(2, g.size());
        CliRun ttlForSelect = CliRun.run("query", "--store", small.toString(), "--format", "ttl", "-e", BY_ID);
        assertEquals(ExitCodes.BAD_INPUT, ttlForSelect.exit(), ttlForSelect::toString);
        assertEquals(1, ttlForSelect.errLines().size(), ttlForSelect::toString);
        CliRun xml = CliRun.run("query", "--store", small.toString(), "--format", "xml", "-e", BY_ID);
        assertEquals(ExitCodes.BAD_INPUT, xml.exit());
        assertTrue(xml.errLines().get(0).contains("unknown format 'xml'"), xml::toString);
    }

    @Test
    void queryIsCutAtItsTimeout() {
        CliRun run = CliRun.run("query", "--store", small.toString(), "--timeout", "1", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q . ?r ?s ?t }");
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        assertEquals(List.of("missionkg: query given with -e: timed out after 1 s (--timeout) before its answer was complete; "
                + "nothing of it was printed"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void ingestWithOneBadFileStoresTheRestAndNamesIt() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("000_a29c890775fe9923.txt", "001_e6088a01d5507656.txt")) {
            Files.copy(Path.of(SEED, name), corpus.resolve(name));
        }
        Path bad = Files.writeString(corpus.resolve("002_broken.txt"), "---\ntitle: [unclosed\n---\nText.\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("notes.csv"), "not an article, not read\n");
        Path store = dir.resolve("store");

        CliRun run = CliRun.run("ingest", "--no-extract", "--store", store.toString(), corpus.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        List<String> skipped = run.errLines().stream().filter(l -> l.startsWith("skipped: ")).toList();
        assertEquals(1, skipped.size(), run::toString);
        assertTrue(skipped.get(0).startsWith("skipped: " + bad + " [line "), skipped.get(0));
        assertTrue(skipped.get(0).contains("broken front matter"), skipped.get(0));
        assertEquals(skipped, run.errLines(), "nothing else on standard error");
        assertTrue(run.out().startsWith("articles read: 2, stored: 2, unchanged: 0, skipped: 1;"), run::toString);

        // the good ones were stored: a second run finds them unchanged, and still reports the bad one
        CliRun again = CliRun.run("ingest", "--no-extract", "--store", store.toString(), corpus.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exit());
        assertTrue(again.out().startsWith("articles read: 2, stored: 0, unchanged: 2, skipped: 1;"), again::toString);
    }

    @Test
    void ingestOfGoodFilesExitsZero() {
        CliRun run = CliRun.run("ingest", "--no-extract", "--store", dir.resolve("store").toString(), SEED);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("articles read: 5, stored: 5, unchanged: 0, skipped: 0;"), run::toString);
    }

    @Test
    void ingestOfAMissingPathIsNamed() {
        Path missing = dir.resolve("nowhere");
        CliRun run = CliRun.run("ingest", "--no-extract", "--store", dir.resolve("store").toString(), missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        assertEquals(List.of("skipped: " + missing + ": no such file or folder"), run.errLines());
        assertFalse(run.out().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"date=2020-13-45", "date=March 2020", "day=2020-03-01"})
    void aBadQuestionParameterIsOneLineNamingIt(String param) {
        CliRun run = CliRun.run("ask", "--store", small.toString(), "in-command-on", "-p", param);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("missionkg: ask in-command-on: ") && line.contains(param.substring(0, param.indexOf('='))),
                line);
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"query -e ASK{}", "ask commands", "export --format ttl", "validate"})
    void aMistypedStoreIsRefusedAndNotCreated(String command) {
        Path typo = dir.resolve("stroe");
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(1, List.of("--store", typo.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("missionkg: --store " + typo + ": no missionkg store there"),
                run::toString);
        assertFalse(Files.exists(typo), "nothing made at the mistyped path");
    }

    private static CliRun query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--store";
        all[2] = small.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        CliRun run = CliRun.run(all);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        return run;
    }
}
