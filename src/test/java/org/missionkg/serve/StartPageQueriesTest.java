package org.missionkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * The start page's queries, as /web/home.js sends them, over HTTP of a real Fuseki on a real TDB2 store of 120
 * synthetic articles: the pages of articles put together are the whole list in one query, and the
 * missions' figures are those of the query it used to send (kept here as the reference).
 */
class StartPageQueriesTest {
    static final Pattern PAGE_QUERY = Pattern.compile("KG\\.select\\('([^']*)',\\s*`([^`]*)`\\)");
    static final int ARTICLES = 120;
    /** Publication dates of the hand-made articles (null: none). */
    static final String[] ODD_DATES = oddDates();

    /** Dates of every precision, some sharing a beginning, and one date with more articles than a page's boundary skips. */
    private static String[] oddDates() {
        List<String> dates = new ArrayList<>(java.util.Arrays.asList("2019", "2019-03", "2019-03-04", null, "2019-03-04", "2019-03",
                "2019", null, "2018-12-31", "2020", "2019-11", "2019-03-10"));
        while (dates.size() < 40) {
            dates.add("2012-06-15");
        }
        return dates.toArray(String[]::new);
    }

    /** The start page's queries before they were split and paged. */
    static final String ALL_ARTICLES = """
            SELECT ?id ?headline ?opening ?outlet ?published (COUNT(DISTINCT ?fact) AS ?facts)
            WHERE {
              ?article a schema:NewsArticle ; mkg:articleId ?id .
              OPTIONAL { ?article schema:headline ?headline }
              OPTIONAL { ?article schema:text ?text FILTER (!BOUND(?headline)) }
              BIND (SUBSTR(?text, 1, 400) AS ?opening)
              OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
              OPTIONAL { ?article schema:datePublished ?published }
              OPTIONAL { ?fact prov:wasDerivedFrom ?article FILTER NOT EXISTS { ?fact a mkg:ConsolidatedFact } }
            }
            GROUP BY ?id ?headline ?opening ?outlet ?published
            ORDER BY STR(?published) ?id""";
    /**
     * How that query ordered them, which was not oldest first: ARQ puts xsd:gYear and xsd:gYearMonth (its dateTime
     * value space) before every xsd:date, so an article of "2020" came before one of 1997-03-22. The list orders the
     * dates as written now (a year before the days of that year), which is oldest first.
     */
    static final String ALL_ARTICLES_AS_BEFORE = ALL_ARTICLES.replace("ORDER BY STR(?published) ?id", "ORDER BY ?published ?id");
    static final String ALL_MISSIONS = """
            SELECT ?mission (MIN(?l) AS ?label) (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?article) AS ?articles)
                   (MIN(?from) AS ?first) (MAX(?to) AS ?last)
            WHERE {
              ?mission a mkg:Mission .
              OPTIONAL { ?mission rdfs:label ?l }
              OPTIONAL { ?fact mkg:mission|mkg:subject ?mission ; prov:wasDerivedFrom ?article . }
              OPTIONAL { SELECT ?mission (MIN(?d) AS ?from) WHERE {
                ?f mkg:mission|mkg:subject ?mission ; mkg:startEarliest|mkg:dateEarliest|mkg:endEarliest ?d } GROUP BY ?mission }
              OPTIONAL { SELECT ?mission (MAX(?d) AS ?to) WHERE {
                ?f mkg:mission|mkg:subject ?mission ; mkg:endLatest|mkg:dateLatest|mkg:startLatest ?d } GROUP BY ?mission }
            }
            GROUP BY ?mission
            ORDER BY DESC(?facts) ?label""";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static String prefixes;
    static Map<String, String> page = new LinkedHashMap<>();

    @BeforeAll
    static void storeAndServe() throws IOException {
        store = KnowledgeStore.open(dir.resolve("store"));
        SyntheticCorpus corpus = SyntheticCorpus.create(12);
        store.replaceGraphs(corpus.articleGraphs(0, ARTICLES - ODD_DATES.length));
        // Dates of every precision the mapper writes (day, month, year; none), some sharing a beginning: the list's
        // order mixes xsd:date, xsd:gYearMonth and xsd:gYear, which the stored keys must sort as ARQ sorts them.
        for (int i = 0; i < ODD_DATES.length; i++) {
            String id = String.format("odd-%02d", (i * 7) % ODD_DATES.length);
            var meta = new ArticleMeta(i % 3 == 0 ? null : "Odd " + i, "Test", null,
                    ODD_DATES[i] == null ? null : FuzzyDate.parse(ODD_DATES[i]), null, "en", Map.of());
            var article = new Article(id, "test/" + id + ".txt", "Nothing happened on day " + i + ".", meta, "4".repeat(64));
            store.replaceGraph(Iris.articleGraph(id), ArticleGraphMapper.create("t").map(article, List.of(), Instant.now()).getGraph());
        }
        DerivedGraphs.rebuild(store);
        server = KgServer.create().dataset(store.dataset()).port(0).loopback(true).build().start();
        Matcher p = Pattern.compile("'(PREFIX [^']*)'").matcher(resource("/web/kg.js"));
        StringBuilder b = new StringBuilder();
        while (p.find()) {
            b.append(p.group(1)).append('\n');
        }
        prefixes = b.toString();
        Matcher m = PAGE_QUERY.matcher(resource("/web/home.js"));
        while (m.find()) {
            page.put(m.group(1), m.group(2));
        }
    }

    @AfterAll
    static void stop() {
        ServedStore.stop(server, store);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = StartPageQueriesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Binding> ask(String body) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(prefixes + body).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /**
     * The page query as home.js fills it in: from {@code offset} (a hand-written ?articles=N), or after or before the
     * article at {@code day} (its date as written) and {@code id} (the page's links).
     */
    static String pageQuery(int offset, String day, String id, boolean after) {
        boolean cut = day != null;
        String cmp = after ? ">" : "<";
        Map<String, String> fill = Map.of(
                "DAYS", cut ? "FILTER (?day " + cmp + "= " + literal(day) + ")" : "",
                "DAY_ORDER", cut && !after ? "DESC(?day)" : "?day",
                "DAY_LIMIT", String.valueOf(cut ? 51 : offset + 50),
                "FILTER", cut ? "FILTER (?day " + cmp + " " + literal(day) + " || (?day = " + literal(day) + " && ?id " + cmp + " "
                        + literal(id) + "))" : "",
                "ORDER", cut && !after ? "DESC(?day) DESC(?id)" : "?day ?id",
                "SKIP", String.valueOf(cut ? 0 : offset));
        String q = page.get("Articles, one page").replace("${PAGE}", "50");
        for (Map.Entry<String, String> e : fill.entrySet()) {
            q = q.replace("${fill." + e.getKey() + "}", e.getValue());
        }
        return q;
    }

    /** A value in a FILTER as home.js writes it (JSON.stringify's escapes, which SPARQL reads alike). */
    static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String day(Binding b) {
        return b.contains(Var.alloc("published")) ? b.get(Var.alloc("published")).getLiteralLexicalForm() : "";
    }

    static String id(Binding b) {
        return b.get(Var.alloc("id")).getLiteralLexicalForm();
    }

    @Test
    void thePagesOfArticlesPutTogetherAreTheWholeList() {
        assertEquals(List.of("Missions and what the articles say of them", "Articles, one page", "How many articles"),
                List.copyOf(page.keySet()));
        List<Binding> whole = ask(ALL_ARTICLES);
        assertEquals(ARTICLES, whole.size());
        String count = ask(page.get("How many articles")).get(0).get(Var.alloc("n")).getLiteralLexicalForm();
        assertEquals(String.valueOf(ARTICLES), count);
        // Paged by OFFSET (a hand-written ?articles=N) and after the last row seen (the page's own links).
        List<Binding> byOffset = new ArrayList<>();
        List<Binding> byLink = new ArrayList<>();
        List<List<Binding>> pages = new ArrayList<>();
        Binding last = null;
        for (int offset = 0; offset < ARTICLES; offset += 50) {
            List<Binding> one = ask(pageQuery(offset, null, null, true));
            assertEquals(Math.min(50, ARTICLES - offset), one.size(), "offset " + offset);
            byOffset.addAll(one);
            List<Binding> next = ask(last == null ? pageQuery(0, null, null, true) : pageQuery(0, day(last), id(last), true));
            assertEquals(one, next, "the page after " + last);
            pages.add(next);
            byLink.addAll(next);
            last = next.get(next.size() - 1);
        }
        assertEquals(whole, byOffset);
        assertEquals(whole, byLink);
        assertEquals(List.of(), ask(pageQuery(0, day(last), id(last), true)), "nothing after the last");
        assertTrue(java.util.stream.IntStream.range(1, pages.size()).anyMatch(i ->
                day(pages.get(i - 1).get(pages.get(i - 1).size() - 1)).equals(day(pages.get(i).get(0)))), "a date across a page's boundary");
        // Back from each page by its first row (the "earlier" link): the page before it.
        for (int i = 1; i < pages.size(); i++) {
            Binding first = pages.get(i).get(0);
            assertEquals(pages.get(i - 1), ask(pageQuery(0, day(first), id(first), false)), "before " + first);
        }
        for (Binding b : byLink) {
            assertTrue(b.contains(Var.alloc("headline")) != b.contains(Var.alloc("opening")),
                    "the opening words stand in for a missing headline only: " + b);
        }
        assertTrue(whole.stream().anyMatch(b -> !b.get(Var.alloc("facts")).getLiteralLexicalForm().equals("0")),
                "articles with facts");
        assertTrue(whole.stream().anyMatch(b -> !b.contains(Var.alloc("published"))), "articles without a date");
        // Oldest first: the dates as written ascend (EDTF-like, so a year's or a month's own days follow it).
        List<String> dates = whole.stream().filter(b -> b.contains(Var.alloc("published")))
                .map(b -> b.get(Var.alloc("published")).getLiteralLexicalForm()).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
        List<Binding> before = ask(ALL_ARTICLES_AS_BEFORE);
        assertEquals(new java.util.HashSet<>(whole), new java.util.HashSet<>(before), "the same rows as before");
        assertTrue(!whole.equals(before), "in another order than before, where a year or a month came before every day");
    }

    @Test
    void theMissionsFiguresAreThoseOfTheOneQueryBefore() {
        List<Binding> before = ask(ALL_MISSIONS);
        List<Binding> now = ask(page.get("Missions and what the articles say of them"));
        assertEquals(before, now);
        assertTrue(before.stream().filter(b -> !b.get(Var.alloc("facts")).getLiteralLexicalForm().equals("0"))
                .count() > 3, "several missions with facts");
    }
}
