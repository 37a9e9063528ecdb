package org.missionkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;
import org.missionkg.extract.FactExtractor;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.serve.KgServer;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * {@code dev/bench-store}: stores of N synthetic articles ({@link SyntheticCorpus}) built with
 * {@code ingest --quads} next to {@code tdb2.tdbloader} on the same N-Quads files in the same
 * run (each in its own JVM, as a user runs them); then the store's size on disk, the consolidation
 * time, every canned query and the queries the timeline and start pages send, timed over HTTP
 * against the embedded Fuseki, and the time to add one real article (CoreNLP loaded first). Prints
 * figures and the machine's load; asserts nothing.
 *
 * <pre>
 *   dev/bench-store [N...] [--runs 30] [--no-nlp] [--keep DIR] [--no-queries]
 *   dev/bench-store --queries STORE [--runs 30] [--only TEXT]... [--about MISSION-SLUG] [--deep-pages] [--jena-json]
 *   dev/bench-store --add-one STORE [--no-nlp] [--about MISSION-SLUG] [--repeat N]
 *   dev/bench-store --refresh STORE
 *   dev/bench-store --as-before-counts STORE
 *   dev/bench-store --as-before-answers STORE
 * </pre>
 *
 * {@code --queries STORE} times the queries alone on a store kept before ({@code --keep DIR} leaves
 * it in {@code DIR/N/store}), so that a change to a query can be measured without building the
 * store again; {@code --no-queries} builds and loads without timing the queries. {@code --refresh STORE}
 * brings a kept store's derived graphs up to date with no article added (what a store made by older code
 * costs on its first command) and prints what each step took. {@code --as-before-counts STORE} leaves a store (a copy:
 * it is changed) as the code before the stored article counts recorded it, so that {@code --refresh} times that upgrade. {@code --as-before-answers STORE} does the same for the
 * stored answers to the canned questions. A canned question asked for one mission is timed twice: as asked (the
 * stored answer) and, marked "(claims)", its query over the claims as it was asked before the answers were stored.
 */
public final class StoreBench {
    private static final Pattern PAGE_QUERY = Pattern.compile("KG\\.select\\('([^']*)',\\s*`([^`]*)`\\)");

    private static boolean timeQueries = true;
    /**
     * With --about SLUG: the synthetic article added (--add-one) is about this mission (the biggest is the worst case),
     * and the one-mission queries (--queries) ask for it instead of the one with the most consolidated facts.
     */
    private static String about;
    /** With --repeat N: that many synthetic articles, one after the other in the same JVM (the later ones warm). */
    private static int repeat = 1;
    /** With --deep-pages: also time a page of 100 rows in the middle and at the end of each canned query's table. */
    private static boolean deepPages;
    /** --whole (with --queries): only the canned questions' whole tables (no mission, no page): what issue 12's p50 asks of them. */
    private static boolean wholeOnly;
    /**
     * With --jena-json: the server writes SPARQL JSON results with Jena's own writer instead of the compact one it
     * registers ({@link org.missionkg.serve.CompactJsonResults}), to time what the writer costs.
     */
    private static boolean jenaJson;
    /** With --only TEXT (repeatable): time only the queries whose name holds one of these. */
    private static final List<String> only = new ArrayList<>();

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 30;
        boolean nlp = true;
        Path work = null;
        Path addTo = null;
        Path queriesOn = null;
        Path refresh = null;
        Path beforeCounts = null;
        Path beforeAnswers = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--add-one" -> addTo = Path.of(args[++i]);
                case "--about" -> about = args[++i];
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--no-nlp" -> nlp = false;
                case "--queries" -> queriesOn = Path.of(args[++i]);
                case "--refresh" -> refresh = Path.of(args[++i]);
                case "--as-before-counts" -> beforeCounts = Path.of(args[++i]);
                case "--as-before-answers" -> beforeAnswers = Path.of(args[++i]);
                case "--no-queries" -> timeQueries = false;
                case "--keep" -> work = Path.of(args[++i]);
                case "--only" -> only.add(args[++i]);
                case "--deep-pages" -> deepPages = true;
                case "--whole" -> wholeOnly = true;
                case "--jena-json" -> jenaJson = true;
                default -> sizes.add(Integer.parseInt(args[i].replace("k", "000")));
            }
        }
        if (beforeCounts != null) {
            // For timing the upgrade of a store made before the stored article counts: --refresh on it afterwards.
            try (KnowledgeStore s = KnowledgeStore.open(beforeCounts)) {
                long t = System.nanoTime();
                org.missionkg.pipeline.OldStores.recordedBeforeCounts(s);
                System.out.printf(Locale.ROOT, "%s left as recorded before the article counts (no counts, claim lines without"
                        + " their article) in %.1f s; load %s%n", beforeCounts, (System.nanoTime() - t) / 1e9, load());
            }
            return;
        }
        if (beforeAnswers != null) {
            // For timing the upgrade of a store made before the stored answers: --refresh on it afterwards.
            try (KnowledgeStore s = KnowledgeStore.open(beforeAnswers)) {
                long t = System.nanoTime();
                org.missionkg.pipeline.OldStores.recordedBeforeAnswers(s);
                System.out.printf(Locale.ROOT, "%s left as recorded before the stored answers in %.1f s; load %s%n",
                        beforeAnswers, (System.nanoTime() - t) / 1e9, load());
            }
            return;
        }
        if (refresh != null) {
            try (KnowledgeStore s = KnowledgeStore.open(refresh)) {
                System.out.printf(Locale.ROOT, "bringing the derived graphs of %s up to date (load %s)%n", refresh, load());
                long t = System.nanoTime();
                boolean changed = DerivedGraphs.ensureFresh(s);
                System.out.printf(Locale.ROOT, "%.2f s, %s (%s); load %s%n", (System.nanoTime() - t) / 1e9,
                        changed ? "brought up to date" : "nothing to do", DerivedGraphs.lastUpdate(), load());
            }
            return;
        }
        if (queriesOn != null) {
            try (KnowledgeStore s = KnowledgeStore.open(queriesOn)) {
                System.out.printf(Locale.ROOT, "%n== queries on %s (%,d article graphs, load at start: %s) ==%n", queriesOn,
                        s.articleGraphs().size(), load());
                queries(s, runs);
            }
            return;
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        if (work == null) {
            work = Files.createTempDirectory("bench-store");
        }
        FactExtractor extractor = null;
        double modelLoad = 0;
        if (nlp) {
            long t = System.nanoTime();
            extractor = StandardIngest.extractor();
            modelLoad = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "NLP models loaded in %.1f s (for the add-one-article figure)%n", modelLoad);
            // The first extraction after loading pays for class loading and JIT: not what adding an article costs.
            long w = System.nanoTime();
            extractor.extract(org.missionkg.read.ArticleReader.create().readAll(Path.of("data/articles/000_a29c890775fe9923.txt"))
                    .articles().get(0));
            System.out.printf(Locale.ROOT, "first extraction (warm-up, not counted): %.1f s%n", (System.nanoTime() - w) / 1e9);
        }
        if (addTo != null) {
            try (KnowledgeStore s = KnowledgeStore.open(addTo)) {
                System.out.println("adding one article to " + addTo + " (load " + load() + ")");
                addOne(s, SyntheticCorpus.create(42), s.articleGraphs().size() + 7, extractor);
            }
            return;
        }
        for (int n : sizes) {
            run(n, work.resolve(Integer.toString(n)), runs, extractor);
        }
    }

    private static void run(int n, Path dir, int runs, FactExtractor extractor) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %,d articles (load at start: %s) ==%n", n, load());
        SyntheticCorpus corpus = SyntheticCorpus.create(42);
        long t0 = System.nanoTime();
        List<Path> files = corpus.writeNQuads(dir.resolve("nq"), n, Math.max(2, n / 10_000));
        System.out.printf(Locale.ROOT, "generated %d N-Quads files (gzipped, %,d bytes) in %.1f s%n", files.size(),
                size(dir.resolve("nq")), (System.nanoTime() - t0) / 1e9);

        Path tdbloaderStore = dir.resolve("tdbloader");
        List<String> tdbloader = new ArrayList<>(List.of("tdb2.tdbloader", "--loc", tdbloaderStore.toString()));
        files.forEach(f -> tdbloader.add(f.toString()));
        double tTdb = java(tdbloader, null);
        Path store = dir.resolve("store");
        StringBuilder out = new StringBuilder();
        double tOurs = java(List.of("org.missionkg.cli.Main", "ingest", "--store", store.toString(), "--quads",
                dir.resolve("nq").toString()), out);
        String summary = out.toString().strip();
        double check = figure(summary, "check ([0-9.]+) s");
        double loadS = figure(summary, "load ([0-9.]+) s");
        double derived = figure(summary, "derived graphs ([0-9.]+) s");
        long quads = (long) figure(summary, "quads loaded: ([0-9]+)");
        System.out.println("ingest --quads: " + summary);
        System.out.printf(Locale.ROOT, "tdb2.tdbloader: %.1f s, %,.0f quads/s (JVM start included)%n", tTdb, quads / tTdb);
        System.out.printf(Locale.ROOT, "ingest --quads, check + load: %.1f s in %.1f s wall, %,.0f quads/s (check %.1f s, load %.1f s)"
                        + "; ratio to tdb2.tdbloader %.2f%n",
                check + loadS, tOurs, quads / (check + loadS), check, loadS, tTdb / (check + loadS));
        System.out.printf(Locale.ROOT, "ingest --quads whole (with consolidation, JVM start): %.1f s; ratio %.2f%n", tOurs, tTdb / tOurs);
        System.out.printf(Locale.ROOT, "consolidation (full, derived graphs built once at the end): %.1f s%n", derived);
        System.out.printf(Locale.ROOT, "store on disk: %,d MB (tdb2.tdbloader's: %,d MB)%n", size(store) >> 20, size(tdbloaderStore) >> 20);

        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            if (timeQueries) {
                queries(s, runs);
            }
            addOne(s, corpus, n, extractor);
        }
        System.out.println("load at end: " + load());
    }

    /** Every canned query and every page query, over HTTP against the embedded Fuseki. */
    private static void queries(KnowledgeStore store, int runs) throws Exception {
        // The mission with the most consolidated facts is not always the one with the most claims (afisma at 100k).
        String top = about != null ? Iris.ID + "mission/" + about : topMission(store);
        Map<String, String> queries = new LinkedHashMap<>();
        for (CannedQuery q : CannedQueries.list()) {
            Map<String, String> params = new LinkedHashMap<>();
            q.params().forEach(p -> params.put(p.name(), "2015-06-01"));
            queries.put("canned " + q.name(), CannedQueries.prepare(q.name(), params).toString());
            // What a user of a large store asks instead of the whole table: one mission's rows, a first page.
            if (q.takesMission()) {
                Map<String, String> one = new LinkedHashMap<>(params);
                one.put(CannedQueries.MISSION, top);
                queries.put("canned " + q.name() + " -p mission=" + top.replaceFirst("^.*/", ""),
                        CannedQueries.prepare(q.name(), one).toString());
                // Its first page: what a table of thousands of one mission's rows shows first.
                queries.put("canned " + q.name() + " -p mission=" + top.replaceFirst("^.*/", "") + " --limit 100",
                        CannedQueries.page(CannedQueries.prepare(q.name(), one), 100, 0).toString());
                // The same over the claims, as it was asked before the answers were stored: beside it, at the same load.
                if (org.missionkg.consolidate.StoredAnswers.QUESTIONS.contains(q.name())) {
                    queries.put("canned " + q.name() + " -p mission=" + top.replaceFirst("^.*/", "") + " (claims)",
                            CannedQueries.claimQuery(q.name(), one).toString());
                }
            }
            queries.put("canned " + q.name() + " --limit 100",
                    CannedQueries.page(CannedQueries.prepare(q.name(), params), 100, 0).toString());
            // A page deep in the table (the middle one, and the last): what OFFSET costs past the first page.
            if (deepPages && !q.name().startsWith("wikidata")) {
                long rows = rows(store, CannedQueries.prepare(q.name(), params));
                for (long at : new long[] {rows / 2, Math.max(0, rows - 100)}) {
                    queries.put("canned " + q.name() + " --limit 100 --offset " + at + " of " + rows,
                            CannedQueries.page(CannedQueries.prepare(q.name(), params), 100, at).toString());
                }
            }
        }
        String prefixes = prefixes();
        String busiest = busiestCountry(store);
        for (String page : List.of("timeline.js", "home.js", "entity.js")) {
            Matcher m = PAGE_QUERY.matcher(resource("/web/" + page));
            while (m.find()) {
                String name = page.replace(".js", "") + " " + m.group(1);
                String body = prefixes + m.group(2).replace("${M}", "<" + top + ">").replace("${E}", "<" + busiest + ">")
                        .replace("${PAGE}", "50").replace("${offset}", "0");
                queries.put(name, pageAt(body, 0, null));
                if (body.contains("${fill.")) {
                    // A page deep in the list: by OFFSET (a hand-written /?articles=50000) and after an article (the page's links).
                    queries.put(name + " at 50,000 by OFFSET", pageAt(body, 50_000, null));
                    queries.put(name + " at 50,000 after an article", pageAt(body, 0, listedAt(store, 49_999)));
                }
            }
        }
        KgServer server = KgServer.create().dataset(store.dataset()).port(0).loopback(true).build().start();
        if (jenaJson) {
            org.apache.jena.riot.rowset.RowSetWriterRegistry.register(org.apache.jena.riot.resultset.ResultSetLang.RS_JSON,
                    org.apache.jena.riot.rowset.rw.RowSetWriterJSON.factory);
        }
        try {
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf(Locale.ROOT, "queries over HTTP (%s, timeline of <%s>, entity page of <%s>), ms (load %s):%n", server.sparqlUrl(), top, busiest, load());
            System.out.printf(Locale.ROOT, "  %-62s %8s %8s %8s %6s %9s  %s%n", "query", "p50", "p95", "p99", "runs", "bytes", "load after");
            for (Map.Entry<String, String> q : queries.entrySet()) {
                if (!only.isEmpty() && only.stream().noneMatch(q.getKey()::contains)) {
                    continue;
                }
                if (wholeOnly && !q.getKey().matches("canned [a-z-]+")) {
                    continue; // a whole table: no mission, no page
                }
                time(http, server.sparqlUrl(), q.getKey(), q.getValue(), runs);
            }
        } finally {
            server.stop();
        }
    }

    private static void time(HttpClient http, String url, String name, String query, int runs) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        long bytes = 0;
        int status = 0;
        String failed = "";
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r;
            try {
                r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // A connection the server dropped (a query cut at the time-out) spoils this query's figures only.
                failed = " failed: " + e.getMessage();
                break;
            }
            double took = (System.nanoTime() - t) / 1e6;
            status = r.statusCode();
            bytes = r.body().length;
            if (i >= 2 || took > 5000) {
                ms.add(took); // two warm-up runs, unless the query is so slow that they count
            }
            if (took > 5000 && ms.size() >= 3) {
                break;
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-62s %8.1f %8.1f %8.1f %6d %9s  %s%s%s%n", name.length() > 62 ? name.substring(0, 62) : name,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.length, bytes, load(),
                status == 200 ? "" : " HTTP " + status, failed);
    }

    /**
     * One more article into the big store: a real article (a seed, under a new id) through the
     * standard ingest with the NLP models already loaded; and, apart, one synthetic article
     * through the same ingest minus NLP (what the store side costs).
     */
    private static void addOne(KnowledgeStore store, SyntheticCorpus corpus, int n, FactExtractor extractor) throws IOException {
        Path in = Files.createTempDirectory("bench-one");
        if (extractor != null) {
            Path seed = Path.of("data/articles/001_e6088a01d5507656.txt");
            Files.copy(seed, in.resolve("bench-added-" + n + ".txt"));
            long te = System.nanoTime();
            extractor.extract(org.missionkg.read.ArticleReader.create().readAll(seed).articles().get(0));
            System.out.printf(Locale.ROOT, "  extraction alone of that article: %.2f s%n", (System.nanoTime() - te) / 1e9);
            long t = System.nanoTime();
            IngestReport r = StandardIngest.ingestor(store, extractor).ingest(List.of(in.resolve("bench-added-" + n + ".txt")));
            System.out.printf(Locale.ROOT, "add one article (NLP loaded before): %.2f s; %s%n", (System.nanoTime() - t) / 1e9, r.summary());
        }
        // A stored article again would change nothing: start the search for one about the mission at a new place.
        int k = n + 1 + (about == null ? 0 : (int) (System.currentTimeMillis() % 100_000));
        for (int r = 0; r < repeat; r++, k++) {
            while (about != null && corpus.item(k).facts().stream().noneMatch(f -> f instanceof org.missionkg.model.CommandTenure c
                    && c.mission().key().equals(about))) {
                k++;
            }
            SyntheticCorpus.Item item = corpus.item(k);
            long t = System.nanoTime();
            store.replaceGraph(Iris.articleGraph(item.article().id()), corpus.graph(item).getGraph());
            long t1 = System.nanoTime();
            boolean rebuilt = DerivedGraphs.ensureFresh(store);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "add one synthetic article (about <%s>)%s, store side only: write %.2f s, derived graphs %.2f s (%s: %s)%n",
                    item.facts().isEmpty() ? "-" : Iris.entity(((org.missionkg.model.CommandTenure) item.facts().get(0)).mission()),
                    r == 0 ? "" : " again in the same JVM", (t1 - t) / 1e9, (t2 - t1) / 1e9, rebuilt ? "brought up to date" : "nothing to do",
                    DerivedGraphs.lastUpdate());
        }
        long t3 = System.nanoTime();
        DerivedGraphs.status(store);
        long t4 = System.nanoTime();
        // The ingest summary no longer counts the store's quads (2.5 s at 100k articles): only the freshness check is fixed.
        System.out.printf(Locale.ROOT, "  of which fixed costs: freshness check %.2f s%n", (t4 - t3) / 1e9);
    }

    /**
     * The start page's article query as home.js fills it in: from {@code offset}, or after the article {@code after}
     * (its date as written and its id).
     */
    private static String pageAt(String body, int offset, String[] after) {
        String day = after == null ? null : NodeFmtLib.strNT(NodeFactory.createLiteralString(after[0]));
        String id = after == null ? null : NodeFmtLib.strNT(NodeFactory.createLiteralString(after[1]));
        return body.replace("${fill.DAYS}", after == null ? "" : "FILTER (?day >= " + day + ")")
                .replace("${fill.DAY_ORDER}", "?day").replace("${fill.DAY_LIMIT}", String.valueOf(after == null ? offset + 50 : 51))
                .replace("${fill.FILTER}", after == null ? "" : "FILTER (?day > " + day + " || (?day = " + day + " && ?id > " + id + "))")
                .replace("${fill.ORDER}", "?day ?id").replace("${fill.SKIP}", String.valueOf(after == null ? offset : 0)).trim();
    }

    /** The date as written and the id of the article at this place in the start page's list (0 is the first). */
    private static String[] listedAt(KnowledgeStore store, int place) {
        String q = "PREFIX mkg: <https://w3id.org/missionkg/ontology#> SELECT ?day ?id WHERE { GRAPH <" + Iris.SUMMARY_GRAPH
                + "> { ?e mkg:listDay ?day ; mkg:listedArticle ?a } ?a mkg:articleId ?id } ORDER BY ?day ?id OFFSET " + place + " LIMIT 1";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                var rs = qe.select();
                if (!rs.hasNext()) {
                    return new String[] {"", ""};
                }
                var b = rs.next();
                return new String[] {b.get("day").getLiteralLexicalForm(), b.get("id").getLiteralLexicalForm()};
            }
        });
    }

    /** How many rows the query answers on this store (worked out once, in this JVM). */
    private static long rows(KnowledgeStore store, org.apache.jena.query.Query query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                long n = 0;
                for (var rs = qe.select(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }

    /** The country with the most consolidated lead roles: the entity page of the most facts (the page's worst case). */
    private static String busiestCountry(KnowledgeStore store) {
        return mostFacts(store, "country", Iris.ID + "country/canada");
    }

    private static String topMission(KnowledgeStore store) {
        return mostFacts(store, "mission", Iris.ID + "mission/nato-mission-iraq");
    }

    /** The node the most consolidated facts point at through mkg:{property}, else the fallback. */
    private static String mostFacts(KnowledgeStore store, String property, String fallback) {
        String q = "PREFIX mkg: <https://w3id.org/missionkg/ontology#> SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH <"
                + Iris.CONSOLIDATED_GRAPH + "> { ?f mkg:" + property + " ?x } } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                var rs = qe.select();
                return rs.hasNext() ? rs.next().get("x").getURI() : fallback;
            }
        });
    }

    private static String prefixes() throws IOException {
        String kg = resource("/web/kg.js");
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("'(PREFIX [^']*)'").matcher(kg);
        while (m.find()) {
            out.append(m.group(1)).append('\n');
        }
        return out.toString();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StoreBench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs a main class in its own JVM on this classpath (3 GB heap, like the launcher); returns seconds. */
    private static double java(List<String> mainAndArgs, StringBuilder out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double s = (System.nanoTime() - t) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(mainAndArgs.get(0) + " exited " + exit + ":\n" + text);
        }
        if (out != null) {
            text.lines().filter(l -> l.startsWith("quads files:")).forEach(out::append);
        }
        return s;
    }

    private static double figure(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static double pct(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** Bytes a folder takes on disk (du: TDB2's files are sparse, so their lengths overstate it). */
    private static long size(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Long.parseLong(text.split("\\s+")[0]) * 1024;
    }

    static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
