package org.missionkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.missionkg.model.EntityKind;
import org.missionkg.reference.Gazetteer;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/** Reads from the store what the linker needs: the unlinked entities, their context, the links already there. */
final class StoreEntities {
    static final String PREFIXES = """
            PREFIX mkg:  <%s>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """.formatted(MKG.NS);

    private static final Map<String, EntityKind> KINDS = Map.of(
            MKG.Person.getURI(), EntityKind.PERSON, MKG.Country.getURI(), EntityKind.COUNTRY,
            MKG.Organization.getURI(), EntityKind.ORGANIZATION, MKG.Place.getURI(), EntityKind.PLACE,
            MKG.Mission.getURI(), EntityKind.MISSION);

    private StoreEntities() {
    }

    /**
     * Every IRI typed as a person, country, organisation, place or mission in any graph that has
     * no {@code owl:sameAs} to a Wikidata item in any graph, and no checked ID in the gazetteer, with
     * at least one name; sorted by IRI.
     */
    static List<UnlinkedEntity> unlinked(DatasetGraph dsg, Gazetteer gazetteer) {
        List<Map<String, Node>> rows = select(dsg, PREFIXES + """
                SELECT ?e ?type ?name ?isLabel WHERE {
                  VALUES ?type { mkg:Person mkg:Country mkg:Organization mkg:Place mkg:Mission }
                  ?e a ?type .
                  FILTER (isIRI(?e))
                  FILTER NOT EXISTS { ?e owl:sameAs ?w FILTER (STRSTARTS(STR(?w), "%s")) }
                  { ?e rdfs:label ?name BIND (true AS ?isLabel) } UNION { ?e skos:altLabel ?name BIND (false AS ?isLabel) }
                }
                """.formatted(Iris.WIKIDATA_ENTITY));
        Map<String, EntityKind> kinds = new TreeMap<>();
        Map<String, TreeSet<String>> labels = new HashMap<>();
        Map<String, TreeSet<String>> names = new HashMap<>();
        for (Map<String, Node> r : rows) {
            String e = r.get("e").getURI();
            if (gazetteer != null && gazetteer.wikidataId(e).isPresent()) {
                continue;
            }
            EntityKind kind = KINDS.get(r.get("type").getURI());
            kinds.merge(e, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            String name = r.get("name").getLiteralLexicalForm().strip();
            if (name.isEmpty()) {
                continue;
            }
            names.computeIfAbsent(e, k -> new TreeSet<>()).add(name);
            if (Boolean.parseBoolean(r.get("isLabel").getLiteralLexicalForm())) {
                labels.computeIfAbsent(e, k -> new TreeSet<>()).add(name);
            }
        }
        Context context = context(dsg, gazetteer);
        List<UnlinkedEntity> out = new ArrayList<>();
        kinds.forEach((e, kind) -> {
            TreeSet<String> ls = labels.get(e);
            if (ls == null || ls.isEmpty()) {
                return; // nothing to match a label against
            }
            out.add(new UnlinkedEntity(e, kind, ls.first(), names.get(e),
                    context.terms.getOrDefault(e, new TreeSet<>()),
                    kind == EntityKind.PERSON ? context.countries.getOrDefault(e, new TreeSet<>()) : Set.of()));
        });
        return out;
    }

    /** Entity IRI → QID, for every {@code owl:sameAs} to a Wikidata item in the store, then the gazetteer's checked IDs. */
    static Map<String, String> links(DatasetGraph dsg, Gazetteer gazetteer) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Node> r : select(dsg, PREFIXES + "SELECT ?e ?w WHERE { ?e owl:sameAs ?w FILTER (isIRI(?e) && isIRI(?w)) }")) {
            String qid = Iris.wikidataQid(r.get("w").getURI());
            if (qid != null) {
                out.putIfAbsent(r.get("e").getURI(), qid);
            }
        }
        return out;
    }

    private record Context(Map<String, Set<String>> terms, Map<String, Set<String>> countries) {
    }

    /** Context terms and expected countries per entity, from the facts of every graph. */
    private static Context context(DatasetGraph dsg, Gazetteer gazetteer) {
        Map<String, Set<String>> terms = new HashMap<>();
        Map<String, Set<String>> countryIris = new HashMap<>();
        // Persons: ranks, missions commanded and their lead nations, roles held and the bodies they belong to.
        for (Map<String, Node> r : select(dsg, PREFIXES + """
                SELECT ?e ?term ?country WHERE {
                  { ?f mkg:commander ?e ; mkg:rank ?term }
                  UNION { ?f mkg:commander ?e ; mkg:mission ?m . ?m rdfs:label ?term }
                  UNION { ?f mkg:commander ?e ; mkg:mission ?m . ?l a mkg:Leadership ; mkg:mission ?m ; mkg:country ?country }
                  UNION { ?f a mkg:RoleHolding ; mkg:person ?e ; mkg:role ?term }
                  UNION { ?f a mkg:RoleHolding ; mkg:person ?e ; mkg:organization ?o . ?o a mkg:Organization ; rdfs:label ?term }
                  UNION { ?f a mkg:RoleHolding ; mkg:person ?e ; mkg:organization ?country . ?country a mkg:Country }
                }
                """)) {
            collect(r, terms, countryIris);
            Node term = r.get("term");
            if (term != null && term.isLiteral()) {
                // "Brigadier-General" is often described just as a "general".
                String[] words = term.getLiteralLexicalForm().split("[\\s\\-]+");
                if (words.length > 1 && words[words.length - 1].length() >= 4) {
                    terms.computeIfAbsent(r.get("e").getURI(), k -> new TreeSet<>()).add(words[words.length - 1]);
                }
            }
        }
        // Missions: lead nations and the places they are stationed at.
        for (Map<String, Node> r : select(dsg, PREFIXES + """
                SELECT ?e ?term ?country WHERE {
                  { ?l a mkg:Leadership ; mkg:mission ?e ; mkg:country ?country }
                  UNION { ?s a mkg:Stationing ; mkg:subject ?e ; mkg:place ?p . ?p rdfs:label ?term }
                }
                """)) {
            collect(r, terms, countryIris);
        }
        // Countries as words (label, demonyms) and as QIDs.
        Map<String, Set<String>> countryWords = new HashMap<>();
        for (Map<String, Node> r : select(dsg, PREFIXES + """
                SELECT ?c ?word WHERE { ?c a mkg:Country . { ?c rdfs:label ?word } UNION { ?c mkg:demonym ?word } }
                """)) {
            countryWords.computeIfAbsent(r.get("c").getURI(), k -> new TreeSet<>()).add(r.get("word").getLiteralLexicalForm());
        }
        if (gazetteer != null) {
            gazetteer.model().listStatements(null, MKG.demonym, (RDFNode) null).forEachRemaining(s -> {
                if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                    countryWords.computeIfAbsent(s.getSubject().getURI(), k -> new TreeSet<>()).add(s.getString());
                }
            });
        }
        Map<String, String> qids = links(dsg, gazetteer);
        Map<String, Set<String>> countries = new HashMap<>();
        countryIris.forEach((e, cs) -> {
            for (String c : cs) {
                terms.computeIfAbsent(e, k -> new TreeSet<>()).addAll(countryWords.getOrDefault(c, Set.of()));
                String qid = qids.get(c);
                if (qid == null && gazetteer != null) {
                    qid = gazetteer.wikidataId(c).orElse(null);
                }
                if (qid != null) {
                    countries.computeIfAbsent(e, k -> new TreeSet<>()).add(qid);
                }
            }
        });
        return new Context(terms, countries);
    }

    private static void collect(Map<String, Node> r, Map<String, Set<String>> terms, Map<String, Set<String>> countries) {
        Node e = r.get("e");
        if (e == null || !e.isURI()) {
            return;
        }
        Node term = r.get("term");
        if (term != null && term.isLiteral() && !term.getLiteralLexicalForm().isBlank()) {
            terms.computeIfAbsent(e.getURI(), k -> new TreeSet<>()).add(term.getLiteralLexicalForm().strip());
        }
        Node country = r.get("country");
        if (country != null && country.isURI()) {
            countries.computeIfAbsent(e.getURI(), k -> new TreeSet<>()).add(country.getURI());
        }
    }

    /** Runs a SELECT over the union of all graphs in a read transaction; rows as variable → node. */
    static List<Map<String, Node>> select(DatasetGraph dsg, String sparql) {
        return Txn.calculateRead(dsg, () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(sparql).build()) {
                qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
            }
            return rows;
        });
    }

    private static Map<String, Node> row(QuerySolution s) {
        Map<String, Node> m = new LinkedHashMap<>();
        s.varNames().forEachRemaining(v -> {
            RDFNode n = s.get(v);
            if (n != null) {
                m.put(v, n.asNode());
            }
        });
        return m;
    }
}
