package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.missionkg.vocab.MKG;

class CannedQueriesTest {

    @Test
    void listsTheBundledQueriesWithTheirHeaders() {
        assertEquals(List.of("commands", "conflicts", "events", "in-command-on", "lead-nations", "roles", "troops",
                "who-commanded-when", "wikidata-people"), CannedQueries.list().stream().map(CannedQuery::name).toList());
        for (CannedQuery q : CannedQueries.list()) {
            assertFalse(q.description().isBlank(), q.name());
            assertFalse(q.description().startsWith("#") || q.description().startsWith("Columns:"), q.name());
        }
        assertEquals(List.of(new CannedQuery.Param("date",
                        "the day asked about, an xsd:date such as \"2020-03-01\"^^xsd:date")),
                CannedQueries.get("in-command-on").params());
    }

    @Test
    void everyQueryParsesAndReturnsTheColumnsItsHeaderDeclares() {
        for (CannedQuery q : CannedQueries.list()) {
            Map<String, String> params = new HashMap<>();
            q.params().forEach(p -> params.put(p.name(), "2020-03-01"));
            Query parsed = CannedQueries.prepare(q.name(), params);
            assertTrue(parsed.isSelectType(), q.name());
            assertEquals(q.columns(), parsed.getResultVars(), q.name());
        }
    }

    @Test
    void theColumnsAreThePublicContract() {
        assertEquals(List.of("article", "commander", "commanderLabel", "mission", "missionLabel", "rank", "start", "end",
                "asOf", "quote"), CannedQueries.get("commands").columns());
        assertEquals(List.of("mission", "missionLabel", "commander", "commanderLabel", "commanderKind", "start", "end",
                "inferred", "articles"), CannedQueries.get("who-commanded-when").columns());
        assertEquals(List.of("mission", "missionLabel", "aspect", "subject", "subjectLabel", "valueA", "articleA",
                "quoteA", "valueB", "articleB", "quoteB", "values", "claims"), CannedQueries.get("conflicts").columns());
    }

    @Test
    void aDateParameterBecomesAnXsdDateEverywhere() {
        String text = CannedQueries.prepare("in-command-on", Map.of("date", "2020-03-01")).toString();
        assertTrue(text.contains("\"2020-03-01\"^^xsd:date"), text);
        assertFalse(text.contains("?date"), text);
    }

    @Test
    void inCommandOnRunsByHandWithTheBindLineItsHeaderDescribes() {
        Dataset seeds = SeedFixture.unionView(SeedFixture.consolidated());
        String byHand = CannedQueries.get("in-command-on").text()
                .replaceFirst("WHERE \\{", "WHERE {\n  BIND(\"2020-03-01\"^^xsd:date AS ?date)");
        assertEquals(SeedFixture.select(seeds, CannedQueries.prepare("in-command-on", Map.of("date", "2020-03-01"))),
                SeedFixture.select(seeds, QueryFactory.create(byHand)));
    }

    @Test
    void anIriLookingValueBecomesAnIriAndOtherValuesStrings() {
        CannedQuery q = CannedQueries.parse("probe", """
                # A probe.
                # Columns: x
                # Param: mission — a mission
                # Param: name - a name
                SELECT ?x { ?x <urn:p> ?mission ; <urn:n> ?name }
                """);
        String text = CannedQueries.prepare(q, Map.of("mission", "https://w3id.org/missionkg/id/mission/nato-mission-iraq",
                "name", "NATO Mission Iraq")).toString();
        assertTrue(text.contains("<https://w3id.org/missionkg/id/mission/nato-mission-iraq>"), text);
        assertTrue(text.contains("\"NATO Mission Iraq\""), text);
    }

    @Test
    void badRequestsGetClearErrors() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> CannedQueries.prepare("who-led", Map.of()));
        assertTrue(unknown.getMessage().contains("who-commanded-when"), unknown.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> CannedQueries.prepare("in-command-on", Map.of()));
        assertTrue(missing.getMessage().contains("'date'"), missing.getMessage());
        var malformed = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.prepare("in-command-on", Map.of("date", "1 March 2020")));
        assertTrue(malformed.getMessage().contains("yyyy-mm-dd"), malformed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CannedQueries.prepare("in-command-on", Map.of("date", "2020-02-30")));
        var extra = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.prepare("commands", Map.of("date", "2020-03-01")));
        assertTrue(extra.getMessage().contains("no parameter"), extra.getMessage());
        assertThrows(IllegalStateException.class, () -> CannedQueries.parse("bare", "# Just a line.\nSELECT * {}"));
    }

    @Test
    void claimQueriesGiveOneRowPerArticleClaim() {
        Dataset seeds = SeedFixture.unionView(SeedFixture.consolidated());
        Model articles = SeedFixture.articles(SeedFixture.load(), false);
        Map<String, org.apache.jena.rdf.model.Resource> types = Map.of("commands", MKG.CommandTenure,
                "lead-nations", MKG.Leadership, "events", MKG.MissionEvent, "troops", MKG.TroopContribution,
                "roles", MKG.RoleHolding);
        types.forEach((name, type) -> {
            var rows = SeedFixture.select(seeds, CannedQueries.prepare(name, Map.of()));
            assertEquals(articles.listResourcesWithProperty(RDF.type, type).toList().size(), rows.size(), name);
            rows.forEach(r -> {
                assertTrue(r.containsKey("article") && r.containsKey("quote"), name + " " + r);
                r.keySet().stream().filter(k -> k.endsWith("Label"))
                        .forEach(k -> assertTrue(r.containsKey(k.substring(0, k.length() - "Label".length())), r.toString()));
            });
        });
        var troops = SeedFixture.select(seeds, CannedQueries.prepare("troops", Map.of()));
        assertTrue(troops.stream().anyMatch(r -> !r.containsKey("mission") && !r.containsKey("missionLabel")
                && r.get("qualifier").equals("about") && r.get("count").equals("200")), "a claim without a mission");
        // Its country's label too: the labels are looked up per country and mission, a claim without one included.
        troops.forEach(r -> assertTrue(r.containsKey("countryLabel"), r.toString()));
        var events = SeedFixture.select(seeds, CannedQueries.prepare("events", Map.of()));
        assertTrue(events.stream().anyMatch(r -> r.get("eventType").equals("planned-end") && r.get("date").equals("2021-03-31")));
    }

    /**
     * ARQ works out a sub-SELECT on its own before joining it, and {@code -p mission=...} binds the mission only in
     * the sub-SELECTs that project it: a label lookup that does not would read the labels of every mission's
     * entities (at 100k articles, most of the time a small mission's conflicts or lead nations took).
     */
    @Test
    void oneMissionReachesEverySubSelect() {
        for (String name : List.of("commands", "conflicts", "events", "in-command-on", "lead-nations", "troops", "who-commanded-when")) {
            Map<String, String> params = new HashMap<>();
            CannedQueries.get(name).params().forEach(p -> params.put(p.name(), "2020-03-01"));
            params.put(CannedQueries.MISSION, "nato-mission-iraq");
            List<Query> subs = new ArrayList<>();
            subSelects(CannedQueries.prepare(name, params).getQueryPattern(), subs);
            assertFalse(subs.isEmpty(), name);
            subs.forEach(q -> assertTrue(q.getResultVars().contains("mission"), name + ": a sub-SELECT without ?mission:\n" + q));
        }
    }

    private static void subSelects(Element e, List<Query> out) {
        if (e instanceof ElementGroup g) {
            g.getElements().forEach(x -> subSelects(x, out));
        } else if (e instanceof ElementOptional o) {
            subSelects(o.getOptionalElement(), out);
        } else if (e instanceof ElementUnion u) {
            u.getElements().forEach(x -> subSelects(x, out));
        } else if (e instanceof ElementSubQuery sub) {
            out.add(sub.getQuery());
            subSelects(sub.getQuery().getQueryPattern(), out);
        }
    }
}
