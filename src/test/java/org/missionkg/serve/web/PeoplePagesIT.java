package org.missionkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.extract.NlpHolder;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.store.KnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The people's pages in a real browser (headless Debian chromium) against the real server on a store built
 * from the seed corpus: what a user sees on the timeline, the claim panel, the article view and the editor,
 * with no console errors and nothing fetched from outside localhost. Screenshots go to target/screenshots/.
 */
class PeoplePagesIT {
    static final String NMI = "/missions/nato-mission-iraq";
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static BrowsedServer web;

    @BeforeAll
    static void ingestServeAndBrowse() {
        store = KnowledgeStore.open(dir.resolve("store"));
        IngestReport r = StandardIngest.ingestor(store, NlpHolder.extractor()).ingest(List.of(TestFiles.SEED_CORPUS));
        assertEquals(5, r.stored(), r.skipped().toString());
        web = BrowsedServer.over(store);
    }

    @AfterAll
    static void stop() {
        BrowsedServer.close(web, store);
    }

    /** After every page: no console errors, and every request went to this web.server. */
    @AfterEach
    void quietAndLocal() {
        List<String> errors = web.browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        String local = web.server.url() + "/";
        List<String> outside = web.browser.requestedUrls().stream()
                .filter(u -> u.matches("(?i)(https?|wss?|ftp):.*") && !u.startsWith(local)).toList();
        assertTrue(outside.isEmpty(), "fetched from outside localhost: " + outside);
    }

    static void open(String path) {
        web.browser.driver.get(web.server.url() + path);
    }

    static List<String> texts(String css) {
        return web.browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static WebElement row(String kind, String name) {
        return web.browser.driver.findElements(By.cssSelector("#chart g.row." + kind)).stream()
                .filter(g -> g.findElement(By.cssSelector("text.name")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " row " + name + " in " + texts("#chart g.row text.name")));
    }

    @Test
    void missionTimelineShowsLeadNationsAndCommandersInOrder() {
        open(NMI);
        web.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-rendered") != null);
        assertEquals("NATO Mission Iraq", web.browser.driver.findElement(By.id("title")).getText());
        assertEquals(List.of("Canada", "Denmark"), texts("#chart g.row.country text.name"));
        assertEquals(List.of("Dany Fortin", "Jennie Carignan"), texts("#chart g.row.person text.name"));
        // Dates as the user reads them: on the bar's label and in the table view of the same rows.
        assertEquals("not known → 2019-23", row("person", "Dany Fortin").findElement(By.cssSelector("text.dates")).getText());
        WebElement carignan = row("person", "Jennie Carignan");
        assertEquals("2019-23 → 2020-11 (inferred)", carignan.findElement(By.cssSelector("text.dates")).getText());
        assertTrue(carignan.findElement(By.cssSelector("text.inferred-note")).getText().startsWith("end inferred from "));
        assertEquals(1, carignan.findElements(By.cssSelector("rect.bar.end.inferred")).size());
        List<String> table = texts("#rows tr");
        assertTrue(table.stream().anyMatch(t -> t.contains("Jennie Carignan") && t.contains("2019-23 (autumn 2019)")
                && t.contains("2020-11 (November 2020)") && t.contains("end inferred from")), table.toString());
        assertTrue(table.stream().anyMatch(t -> t.contains("Canada") && t.contains("sources disagree on start")), table.toString());
        // Events are markers; the suspension's sources disagree.
        assertTrue(texts("#chart g.row.event text.name").containsAll(List.of("launch", "suspension", "handover")));
        assertFalse(web.browser.driver.findElements(By.cssSelector("#chart path.marker.conflict")).isEmpty());
        // Hover or focus shows the dates as EDTF and in words, and the number of articles.
        new org.openqa.selenium.interactions.Actions(web.browser.driver).moveToElement(carignan).perform();
        WebElement tip = web.browser.driver.findElement(By.id("tip"));
        web.wait.until(ExpectedConditions.visibilityOf(tip));
        assertTrue(tip.getText().contains("2019-23 (autumn 2019)") && tip.getText().contains("inferred from")
                && tip.getText().contains("article(s) support it"), tip.getText());
        web.browser.screenshot("mission-timeline");
        long ms = Long.parseLong(web.browser.driver.findElement(By.tagName("body")).getAttribute("data-rendered"));
        System.out.println("timeline of NATO Mission Iraq drawn " + ms + " ms after navigation start");
    }

    @Test
    void clickingCarignansBarShowsHerQuoteAndOutlet() {
        open(NMI);
        web.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-rendered") != null);
        row("person", "Jennie Carignan").click();
        web.wait.until(d -> !d.findElements(By.cssSelector("#panel-body .claim blockquote")).isEmpty());
        List<WebElement> claims = web.browser.driver.findElements(By.cssSelector("#panel-body .claim"));
        List<String> outlets = outlets();
        boolean found = false;
        for (WebElement c : claims) {
            String quote = c.findElement(By.tagName("blockquote")).getText();
            String outlet = c.findElement(By.cssSelector(".outlet")).getText();
            found |= quote.contains("Carignan") && outlets.contains(outlet)
                    && !c.findElements(By.cssSelector("blockquote mark")).isEmpty();
        }
        assertTrue(found, "no quote naming Carignan with its outlet: " + texts("#panel-body .claim"));
        assertTrue(web.browser.driver.findElement(By.id("panel-body")).getText().contains("inferred from"));
        web.browser.screenshot("mission-claims-panel");
        // Keyboard: Escape closes the panel; arrows move between rows, Enter opens one.
        web.browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        web.wait.until(d -> !d.findElement(By.id("panel")).isDisplayed());
        WebElement canada = row("country", "Canada");
        web.browser.js("arguments[0].focus()", canada);
        web.browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(row("country", "Denmark").getAttribute("data-fact"), web.browser.driver.switchTo().activeElement().getAttribute("data-fact"));
        web.browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        web.wait.until(d -> d.findElement(By.id("panel-title")).getText().equals("Denmark"));
    }

    static List<String> outlets() {
        List<String> out = new ArrayList<>();
        select("PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?o WHERE { ?a schema:publisher/rdfs:label ?o }", s -> out.add(s.getLiteral("o").getString()));
        return out;
    }

    static void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.service(web.server.sparqlUrl()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }

    @Test
    void articleViewHighlightsExactlyTheStoredSpans() {
        // fact -> [start, end) as stored, per article, asked over the same endpoint.
        Map<String, Map<String, List<Long>>> stored = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        select("PREFIX mkg: <https://w3id.org/missionkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <https://schema.org/> "
                + "SELECT ?id ?text ?fact ?s ?e WHERE { ?a mkg:articleId ?id ; schema:text ?text . "
                + "OPTIONAL { ?fact prov:wasDerivedFrom ?a ; mkg:evidence/oa:hasSelector [ a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e ] } }",
                s -> {
                    String id = s.getLiteral("id").getString();
                    texts.put(id, s.getLiteral("text").getString());
                    Map<String, List<Long>> facts = stored.computeIfAbsent(id, k -> new TreeMap<>());
                    if (s.contains("fact")) {
                        facts.put(s.getResource("fact").getURI(), List.of(s.getLiteral("s").getLong(), s.getLiteral("e").getLong()));
                    }
                });
        assertEquals(5, stored.size(), stored.keySet().toString());
        for (String id : stored.keySet()) {
            open("/articles/" + id);
            web.wait.until(d -> !d.findElements(By.cssSelector("#fact-list li")).isEmpty() || stored.get(id).isEmpty());
            // The text as shown is the text as stored, so offsets into one are offsets into the other.
            assertEquals(texts.get(id), web.browser.js("return document.getElementById('text').textContent"), id);
            // Walk the shown text: where each fact's highlighted pieces start and end, and whether they are contiguous.
            @SuppressWarnings("unchecked")
            Map<String, List<Long>> shown = (Map<String, List<Long>>) web.browser.js("""
                    const text = document.getElementById('text');
                    const facts = {};
                    document.querySelectorAll('#fact-list li').forEach(li => facts[li.dataset.i] = li.dataset.fact);
                    const spans = {};
                    let at = 0;
                    const walk = node => {
                      for (const child of node.childNodes) {
                        if (child.nodeType === 3) { at += child.length; continue; }
                        const from = at;
                        walk(child);
                        if (child.tagName === 'MARK') {
                          child.dataset.facts.split(' ').forEach(i => {
                            const f = facts[i];
                            const s = spans[f];
                            if (!s) spans[f] = [from, at];
                            else if (s[1] === from) s[1] = at;
                            else spans[f] = [-1, -1];
                          });
                        }
                      }
                    };
                    walk(text);
                    return spans;""");
            assertEquals(stored.get(id), shown, "highlighted spans of " + id);
            web.browser.screenshot("article-" + id);
        }
        // Clicking a fact in the list marks its words in the text.
        WebElement first = web.browser.driver.findElement(By.cssSelector("#fact-list li"));
        first.click();
        assertFalse(web.browser.driver.findElements(By.cssSelector("#text mark.active")).isEmpty());
    }

    @Test
    void editorRunsACannedQueryAndShowsRows() {
        open("/editor");
        WebElement example = web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-query='who-commanded-when']")));
        example.click();
        web.wait.until(d -> ((String) web.browser.js("return yasgui.getTab().getQuery()")).contains("mkg:ConsolidatedFact"));
        // A ready question loads as a first page, with the one-mission filter ready to be switched on.
        String loaded = (String) web.browser.js("return yasgui.getTab().getQuery()");
        assertTrue(loaded.strip().endsWith("LIMIT 1000") && loaded.contains("# FILTER (?mission = <"), loaded);
        web.browser.driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        web.wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 4);
        String results = web.browser.driver.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(results.contains("Jennie Carignan") && results.contains("Denmark"), results);
        assertTrue(results.contains("commanderLabel"), "the canned query's columns are the header: " + results);
        web.browser.screenshot("editor");
        // The same rows as a bar chart (drawn in SVG by /web/chart.js).
        web.browser.driver.findElement(By.cssSelector(".yasr .select_chart")).click();
        web.wait.until(d -> !d.findElements(By.cssSelector(".kg-chart svg rect")).isEmpty());
        web.browser.screenshot("editor-chart");
        // A CONSTRUCT answers in Turtle (what the response view shows and downloads).
        web.browser.js("yasgui.getTab().setQuery(arguments[0])", "PREFIX mkg: <https://w3id.org/missionkg/ontology#> "
                + "CONSTRUCT { ?m a mkg:Mission } WHERE { ?m a mkg:Mission } LIMIT 3");
        web.browser.driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        web.browser.driver.findElement(By.cssSelector(".yasr .select_response")).click();
        web.wait.until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("mkg:Mission"));
        String turtle = web.browser.driver.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(turtle.contains("PREFIX mkg:") || turtle.contains("@prefix mkg:"), turtle);
    }

    /**
     * The gazetteer's missions no article names are folded under a count, so the articles come right after the
     * missions; an article without a title shows its opening words, with its id beside them.
     */
    @Test
    void startPageFoldsTheGazetteerAndNamesUntitledArticles() {
        open("/");
        web.wait.until(d -> !d.findElements(By.cssSelector("#untold summary")).isEmpty()
                && !d.findElements(By.cssSelector("#articles tr")).isEmpty());
        WebElement untold = web.browser.driver.findElement(By.id("untold"));
        assertEquals("details", untold.getTagName());
        String summary = untold.findElement(By.tagName("summary")).getText();
        assertTrue(summary.matches("Known to the gazetteer, not yet in any article: [1-9]\\d* missions?"), summary);
        WebElement list = untold.findElement(By.tagName("p"));
        assertFalse(list.isDisplayed(), "folded until asked");
        int folded = web.browser.driver.findElement(By.id("articles")).getLocation().getY();
        assertTrue(folded < 1000, "the articles start on the first screen (window 1000 high), not at " + folded);
        untold.findElement(By.tagName("summary")).click();
        assertTrue(list.isDisplayed() && list.findElements(By.tagName("a")).size() == Integer.parseInt(
                summary.replaceAll("\\D", "")), "one link a mission the summary counts");
        int unfolded = web.browser.driver.findElement(By.id("articles")).getLocation().getY();
        System.out.println("start page: the articles at y=" + folded + " with the gazetteer's list folded, " + unfolded + " open");
        assertTrue(unfolded > folded, "the list, open, comes before the articles");

        Map<String, String> byId = new TreeMap<>();
        for (WebElement row : web.browser.driver.findElements(By.cssSelector("#articles tr:has(td)"))) {
            String href = row.findElement(By.cssSelector("td:nth-child(3) a")).getAttribute("href");
            byId.put(href.substring(href.lastIndexOf('/') + 1), row.findElement(By.cssSelector("td:nth-child(3)")).getText());
        }
        assertEquals(5, byId.size(), byId.toString());
        assertEquals("ERBIL (Kurdistan 24) – Canada’s defense minister announced on Wednesday that… 000_a29c890775fe9923",
                byId.get("000_a29c890775fe9923"));
        assertEquals("A Canadian-led training mission in Iraq is in bad shape after the head of the… 002_c6492637f5053c95",
                byId.get("002_c6492637f5053c95"));
        assertEquals("Canada will lead new training mission for Iraq: NATO Secretary-General", byId.get("001_e6088a01d5507656"));
        assertEquals(2, web.browser.driver.findElements(By.cssSelector("#articles a.opening")).size());
        web.browser.screenshot("start-gazetteer-unfolded");
    }

    @Test
    void startEntityAndFactPages() {
        open("/");
        web.wait.until(d -> !d.findElements(By.cssSelector("#missions .card")).isEmpty());
        assertEquals("NATO Mission Iraq", texts("#missions .card h3").get(0));
        assertEquals(5, web.browser.driver.findElements(By.cssSelector("#articles tr")).size() - 1);
        web.browser.screenshot("start");

        open("/entities/person/jennie-carignan");
        web.wait.until(d -> !d.findElements(By.id("mentions")).isEmpty());
        assertEquals("Jennie Carignan", web.browser.driver.findElement(By.id("title")).getText());
        assertTrue(web.browser.driver.findElement(By.id("commands")).getText().contains("NATO Mission Iraq"));
        assertEquals(articlesCounted("person/jennie-carignan"), articlesShown(), "articles column of Carignan's commands");
        web.browser.screenshot("entity-jennie-carignan");

        open("/entities/country/canada");
        web.wait.until(d -> !d.findElements(By.id("mentions")).isEmpty());
        assertTrue(web.browser.driver.findElement(By.id("commands")).getText().contains("lead nation"));
        assertEquals(articlesCounted("country/canada"), articlesShown(), "articles column of Canada's lead roles");

        open(NMI);
        web.wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-rendered") != null);
        web.browser.driver.findElement(By.cssSelector("#rows tr[data-fact] td:nth-child(5) a")).click();
        web.wait.until(d -> !d.findElements(By.cssSelector("#claims .claim")).isEmpty());
        assertTrue(web.browser.driver.getCurrentUrl().contains("/facts/consolidated/"));
        web.browser.screenshot("fact-page");
    }

    /**
     * The entity page's commands table, as shown: the mission's label and the number in the articles column, in page order
     * (the number is the fact's stored mkg:articleCount since the page stopped counting claims at load).
     */
    static List<String> articlesShown() {
        return web.browser.driver.findElements(By.cssSelector("#commands tr")).stream().skip(1).map(tr -> {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            return td.get(0).getText() + " " + td.get(1).getText() + " " + td.get(4).getText();
        }).sorted().toList();
    }

    /** The same rows worked out from the claims: the distinct articles behind each of the entity's consolidated facts. */
    static List<String> articlesCounted(String entity) {
        List<String> out = new ArrayList<>();
        select("PREFIX mkg: <https://w3id.org/missionkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?fact (MIN(?ml) AS ?label) ?kind (COUNT(DISTINCT ?article) AS ?n) WHERE { "
                + "?fact a mkg:ConsolidatedFact ; mkg:commanderKind ?kind ; mkg:commander|mkg:country <https://w3id.org/missionkg/id/"
                + entity + "> ; mkg:mission ?m ; mkg:claim/prov:wasDerivedFrom ?article . ?m rdfs:label ?ml } GROUP BY ?fact ?kind",
                s -> out.add(s.getLiteral("label").getString() + " " + ("country".equals(s.getLiteral("kind").getString())
                        ? "lead nation" : "commander") + " " + s.getLiteral("n").getLong()));
        assertFalse(out.isEmpty(), "no consolidated fact names " + entity);
        return out.stream().sorted().toList();
    }
}
