package org.missionkg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.missionkg.vocab.Iris;

/**
 * The two questions the linker asks the endpoint, in batches: which items have one of these
 * English names as label or alias, and what are these items (labels, aliases, description,
 * citizenship, which configured classes they belong to).
 *
 * <p>Names are matched as exact {@code @en} literals, which the endpoint can look up in its index
 * (a case-insensitive FILTER over all labels would scan the whole of Wikidata). To match case
 * loosely all the same, each name is sent as written, in lower case, with each word capitalised,
 * and in upper case; the scoring then compares names case-insensitively.
 */
final class WikidataLookup {
    static final String PREFIXES = """
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX wdt:    <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;
    /** How many name literals one candidate query carries, and how many items one detail query asks about. */
    static final int NAMES_PER_QUERY = 60;
    static final int ITEMS_PER_QUERY = 40;

    private final WikidataClient client;

    WikidataLookup(WikidataClient client) {
        this.client = client;
    }

    /** For each name (as given), the QIDs of the items that have it (in some case) as English label or alias. */
    Map<String, Set<String>> itemsNamed(Collection<String> names) {
        Map<String, Set<String>> variantsOf = new HashMap<>();
        Set<String> variants = new LinkedHashSet<>();
        for (String name : new TreeSet<>(names)) {
            for (String v : variants(name)) {
                variants.add(v);
                variantsOf.computeIfAbsent(v, k -> new TreeSet<>()).add(name);
            }
        }
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(variants), NAMES_PER_QUERY)) {
            StringBuilder values = new StringBuilder();
            chunk.forEach(v -> values.append(' ').append(literal(v)).append("@en"));
            String q = PREFIXES + "SELECT DISTINCT ?item ?name WHERE {\n  VALUES ?name {" + values + " }\n"
                    + "  { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }\n}";
            for (QuerySolution s : client.select(q)) {
                String qid = qid(s.get("item"));
                RDFNode name = s.get("name");
                if (qid == null || name == null || !name.isLiteral()) {
                    continue;
                }
                for (String original : variantsOf.getOrDefault(name.asLiteral().getLexicalForm(), Set.of())) {
                    out.computeIfAbsent(original, k -> new TreeSet<>()).add(qid);
                }
            }
        }
        return out;
    }

    /** What the endpoint says about each item; {@code classes} are the QIDs of the configured classes it reaches. */
    Map<String, Candidate> describe(Collection<String> qids, Set<String> classes) {
        Map<String, Map<String, Set<String>>> facts = new TreeMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(new TreeSet<>(qids)), ITEMS_PER_QUERY)) {
            StringBuilder items = new StringBuilder();
            chunk.forEach(q -> items.append(" wd:").append(q));
            StringBuilder classValues = new StringBuilder();
            classes.forEach(c -> classValues.append(" wd:").append(c));
            String q = PREFIXES + "SELECT ?item ?what ?value WHERE {\n  VALUES ?item {" + items + " }\n"
                    + "  { ?item rdfs:label ?value FILTER (LANGMATCHES(LANG(?value), \"en\")) BIND (\"label\" AS ?what) }\n"
                    + "  UNION { ?item skos:altLabel ?value FILTER (LANGMATCHES(LANG(?value), \"en\")) BIND (\"alias\" AS ?what) }\n"
                    + "  UNION { ?item schema:description ?value FILTER (LANGMATCHES(LANG(?value), \"en\")) BIND (\"description\" AS ?what) }\n"
                    + "  UNION { ?item wdt:P27 ?value BIND (\"citizenship\" AS ?what) }\n"
                    + (classes.isEmpty() ? "" : "  UNION { VALUES ?value {" + classValues + " } ?item wdt:P31/wdt:P279* ?value "
                            + "BIND (\"class\" AS ?what) }\n")
                    + "}";
            for (QuerySolution s : client.select(q)) {
                String qid = qid(s.get("item"));
                RDFNode what = s.get("what");
                RDFNode value = s.get("value");
                if (qid == null || what == null || value == null) {
                    continue;
                }
                String v = value.isLiteral() ? value.asLiteral().getLexicalForm() : qid(value);
                if (v != null) {
                    facts.computeIfAbsent(qid, k -> new HashMap<>())
                            .computeIfAbsent(what.asLiteral().getLexicalForm(), k -> new TreeSet<>()).add(v);
                }
            }
        }
        Map<String, Candidate> out = new TreeMap<>();
        for (String qid : qids) {
            Map<String, Set<String>> f = facts.getOrDefault(qid, Map.of());
            Set<String> descriptions = f.getOrDefault("description", Set.of());
            out.put(qid, new Candidate(qid, f.getOrDefault("label", Set.of()), f.getOrDefault("alias", Set.of()),
                    descriptions.isEmpty() ? "" : new TreeSet<>(descriptions).first(),
                    f.getOrDefault("citizenship", Set.of()), f.getOrDefault("class", Set.of())));
        }
        return out;
    }

    /** A name as written, in lower case, with each word capitalised, and in upper case. */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.add(name.toLowerCase(Locale.ROOT));
        StringBuilder title = new StringBuilder();
        boolean start = true;
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            title.append(start ? Character.toUpperCase(ch) : ch);
            start = Character.isWhitespace(ch) || ch == '-';
        }
        out.add(title.toString());
        out.add(name.toUpperCase(Locale.ROOT));
        return out;
    }

    /** A SPARQL string literal. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    private static String qid(RDFNode n) {
        return n != null && n.isURIResource() ? Iris.wikidataQid(n.asResource().getURI()) : null;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
