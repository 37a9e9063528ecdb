package org.missionkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;

/**
 * The start page's queries, as /web/home.js sends them, over HTTP of a real Fuseki on a real TDB2 store of 120
 * synthetic articles: the pages of articles put together are the whole list in one query, and the
 * missions' figures are those of the query it used to send (kept here as the reference).
 */
class StartPageQueriesTest {
    static final Pattern PAGE_QUERY = Pattern.compile("KG\\.select\\('([^']*)',\\s*`([^`]*)`\\)");
    static final int ARTICLES = 120;

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
            ORDER BY ?published ?id""";
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
        store.replaceGraphs(corpus.articleGraphs(0, ARTICLES));
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

    @Test
    void thePagesOfArticlesPutTogetherAreTheWholeList() {
        assertEquals(List.of("Missions and what the articles say of them", "Articles, one page", "How many articles"),
                List.copyOf(page.keySet()));
        List<Binding> whole = ask(ALL_ARTICLES);
        assertEquals(ARTICLES, whole.size());
        String count = ask(page.get("How many articles")).get(0).get(Var.alloc("n")).getLiteralLexicalForm();
        assertEquals(String.valueOf(ARTICLES), count);
        List<Binding> paged = new ArrayList<>();
        for (int offset = 0; offset < ARTICLES; offset += 50) {
            List<Binding> one = ask(page.get("Articles, one page").replace("${PAGE}", "50").replace("${offset}", String.valueOf(offset)));
            assertEquals(Math.min(50, ARTICLES - offset), one.size(), "offset " + offset);
            paged.addAll(one);
        }
        assertEquals(whole, paged);
        for (Binding b : paged) {
            assertTrue(b.contains(Var.alloc("headline")) != b.contains(Var.alloc("opening")),
                    "the opening words stand in for a missing headline only: " + b);
        }
        assertTrue(whole.stream().anyMatch(b -> !b.get(Var.alloc("facts")).getLiteralLexicalForm().equals("0")),
                "articles with facts");
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
