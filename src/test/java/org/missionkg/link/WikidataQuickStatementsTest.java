package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.cli.Main;
import org.missionkg.link.QuickStatementsExporter.ReportRow;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** QuickStatements of the test article's claims once the fixture has linked their participants. */
class WikidataQuickStatementsTest {
    private static final Pattern ITEM = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern PROPERTY = Pattern.compile("P[1-9][0-9]*");
    private static final Pattern SOURCE = Pattern.compile("S[1-9][0-9]*");
    private static final Pattern VALUE = Pattern.compile("Q[1-9][0-9]*"
            + "|[+-][0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11)"
            + "|\"[^\"\\t\\n]*\""
            + "|[a-z]{2,3}:\"[^\"\\t\\n]*\"");
    private static final String REFS = "\tS854\t\"https://news.example/test-001\"\tS577\t+2019-06-26T00:00:00Z/11"
            + "\tS1476\ten:\"Testland hands over \u201CGlasswing\u201D\"\tS813\t+2026-01-15T00:00:00Z/11";
    @RegisterExtension
    static final WikidataFixture.Endpoint WIKIDATA = new WikidataFixture.Endpoint();

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void linkTheFixture() {
        store = dir.resolve("store");
        try (KnowledgeStore s = WikidataFixture.store(store)) {
            new Linker(s, null, new WikidataClient(WikidataFixture.config(WIKIDATA.sparql())),
                    WikidataFixture.CLOCK).run();
        }
    }

    private QuickStatementsExporter.Result export() {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return QuickStatementsExporter.export(s.dataset(), null);
        }
    }

    @Test
    void everyLineIsWellFormedAndCarriesItsReference() {
        QuickStatementsExporter.Result r = export();
        assertFalse(r.lines().isEmpty());
        for (String line : r.lines()) {
            String[] cols = line.split("\t", -1);
            assertTrue(cols.length >= 3 && cols.length % 2 == 1, line);
            assertTrue(ITEM.matcher(cols[0]).matches(), line);
            assertTrue(PROPERTY.matcher(cols[1]).matches(), line);
            assertTrue(VALUE.matcher(cols[2]).matches(), line);
            for (int i = 3; i < cols.length; i += 2) {
                assertTrue(PROPERTY.matcher(cols[i]).matches() || SOURCE.matcher(cols[i]).matches(), cols[i] + " in " + line);
                assertTrue(VALUE.matcher(cols[i + 1]).matches(), cols[i + 1] + " in " + line);
            }
            assertTrue(line.endsWith(REFS), line);
            assertFalse(line.contains("P598"), "the deprecated 'commander of' is never used: " + line);
        }
    }

    @Test
    void theClaimsMapAsDocumented() {
        List<String> lines = export().lines();
        assertEquals(List.of(
                "Q9900000201\tP4791\tQ9900000001\tP580\t+2019-01-01T00:00:00Z/9\tP582\t+2020-11-01T00:00:00Z/10" + REFS,
                "Q9900000201\tP4791\tQ9900000002\tP585\t+2019-06-26T00:00:00Z/11" + REFS,
                "Q9900000201\tP710\tQ9900000101\tP580\t+2018-10-25T00:00:00Z/11" + REFS,
                "Q9900000201\tP276\tQ9900000301\tP585\t+2019-06-26T00:00:00Z/11" + REFS,
                "Q9900000201\tP710\tQ9900000101\tP585\t+2019-06-01T00:00:00Z/10" + REFS,
                "Q9900000201\tP580\t+2018-10-01T00:00:00Z/10" + REFS), lines);
    }

    @Test
    void whatCannotBeWrittenIsReportedNotDropped() {
        QuickStatementsExporter.Result r = export();
        assertEquals(11, r.facts());
        assertEquals(11, r.lines().size() + r.skipped(), "every claim is either written or reported skipped");
        ReportRow olsen = row(r, "t09");
        assertEquals(QuickStatementsExporter.SKIPPED, olsen.status());
        assertTrue(olsen.reason().contains(Iris.ID + "person/per-olsen") && olsen.reason().contains("no Wikidata ID"), olsen.reason());
        assertEquals("CommandTenure", olsen.factClass());
        assertEquals(Iris.article("test-001"), olsen.article());
        assertTrue(row(r, "t04").reason().contains("'Minister of Defence' is not linked"), row(r, "t04").reason());
        assertTrue(row(r, "t08").reason().contains("quotation"), row(r, "t08").reason());
        assertEquals(QuickStatementsExporter.PARTIAL, row(r, "t01").status());
        assertTrue(row(r, "t01").reason().contains("2019-23 (a season) written as its year"), row(r, "t01").reason());
        assertTrue(row(r, "t03").reason().contains("lead role"), row(r, "t03").reason());
        assertTrue(row(r, "t06").reason().contains("the count (up to 250 troops)"), row(r, "t06").reason());
    }

    @Test
    void aRoleHoldingIsWrittenOnceItsRoleIsLinked() {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            LinksGraph.accept(s, null, Iris.ID + "role/minister-of-defence", "Q9900000501", WikidataFixture.CLOCK);
        }
        QuickStatementsExporter.Result r = export();
        assertTrue(r.lines().contains("Q9900000007\tP39\tQ9900000501\tP585\t+2019-06-26T00:00:00Z/11" + REFS), r.lines().toString());
        assertTrue(r.report().stream().noneMatch(x -> x.fact().endsWith("/t04")));
    }

    @Test
    void theExportCommandWritesTheReportBesideTheFileOrToStandardError() throws Exception {
        Path out = dir.resolve("out.qs");
        assertEquals(0, Main.run("export", "--store", store.toString(), "--format", "quickstatements", "-o", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(export().lines(), lines);
        List<String> report = Files.readAllLines(dir.resolve("out.qs.report.tsv"));
        assertEquals(QuickStatementsExporter.REPORT_HEADER, report.get(0));
        assertTrue(report.stream().anyMatch(l -> l.startsWith(Iris.BASE + "fact/t09\tCommandTenure\t" + Iris.article("test-001")
                + "\tskipped\t")), report.toString());
        report.stream().skip(1).forEach(l -> assertEquals(5, l.split("\t", -1).length, l));

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream o = System.out;
        PrintStream e = System.err;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run("export", "--store", store.toString(), "--format", "qs"));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
        assertEquals(String.join("\n", lines) + "\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals(String.join("\n", report) + "\n", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textsCannotBreakTheSyntax() {
        StringWriter w = new StringWriter();
        QuickStatementsExporter.write(new QuickStatementsExporter.Result(List.of(), List.of(
                new ReportRow("f", "c", "a", "skipped", "a\treason\nover lines")), 1), w, w);
        assertEquals(QuickStatementsExporter.REPORT_HEADER + "\nf\tc\ta\tskipped\ta reason over lines\n", w.toString());
    }

    private static ReportRow row(QuickStatementsExporter.Result r, String fact) {
        return r.report().stream().filter(x -> x.fact().equals(Iris.BASE + "fact/" + fact)).findFirst().orElseThrow();
    }
}
