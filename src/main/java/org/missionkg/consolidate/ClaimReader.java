package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * Reads the claims consolidation works on out of the union of the article graphs. Nodes that
 * are themselves consolidated facts are skipped, so that reading a model that already holds a
 * consolidated graph gives the same claims. Where a property has several values the smallest
 * (in RDF term order) is taken, so that the result does not depend on the order of the input.
 */
final class ClaimReader {

    private ClaimReader() {
    }

    /** Every command, lead and event claim, sorted by IRI. */
    static List<Claim> claims(Model articles) {
        List<Claim> out = new ArrayList<>();
        read(articles, MKG.CommandTenure, Claim.Kind.COMMAND, out);
        read(articles, MKG.Leadership, Claim.Kind.LEAD, out);
        read(articles, MKG.MissionEvent, Claim.Kind.EVENT, out);
        out.sort(Comparator.comparing(Claim::iri));
        return out;
    }

    /**
     * The countries each person is known to belong to: the organisations of their role holdings
     * that the model types as countries or that lead some mission, and any {@code mkg:country}
     * on their command tenures.
     */
    static Map<String, Set<String>> nationalities(Model articles) {
        Set<String> countries = new TreeSet<>();
        articles.listResourcesWithProperty(RDF.type, MKG.Country).forEachRemaining(r -> countries.add(iri(r)));
        articles.listResourcesWithProperty(RDF.type, MKG.Leadership).forEachRemaining(f -> {
            Resource c = first(f, MKG.country);
            if (c != null) {
                countries.add(iri(c));
            }
        });
        Map<String, Set<String>> out = new TreeMap<>();
        articles.listResourcesWithProperty(RDF.type, MKG.RoleHolding).forEachRemaining(f -> {
            Resource person = first(f, MKG.person);
            Resource org = first(f, MKG.organization);
            if (!isConsolidated(f) && person != null && org != null && countries.contains(iri(org))) {
                out.computeIfAbsent(iri(person), k -> new TreeSet<>()).add(iri(org));
            }
        });
        articles.listResourcesWithProperty(RDF.type, MKG.CommandTenure).forEachRemaining(f -> {
            Resource person = first(f, MKG.commander);
            Resource country = first(f, MKG.country);
            if (!isConsolidated(f) && person != null && country != null) {
                out.computeIfAbsent(iri(person), k -> new TreeSet<>()).add(iri(country));
            }
        });
        return out;
    }

    private static void read(Model m, Resource type, Claim.Kind kind, List<Claim> out) {
        m.listResourcesWithProperty(RDF.type, type).forEachRemaining(f -> {
            if (isConsolidated(f)) {
                return;
            }
            String subject = switch (kind) {
                case COMMAND -> required(f, MKG.commander);
                case LEAD -> required(f, MKG.country);
                case EVENT -> null;
            };
            String eventType = kind == Claim.Kind.EVENT ? required(f, MKG.eventType) : null;
            Resource agent = kind == Claim.Kind.EVENT ? first(f, MKG.agent) : null;
            Map<Aspect, FuzzyDate> dates = new EnumMap<>(Aspect.class);
            for (Aspect a : Aspect.values()) {
                FuzzyDate d = edtf(f, a.value());
                if (d != null) {
                    dates.put(a, d);
                }
            }
            Resource article = first(f, PROV.wasDerivedFrom);
            out.add(new Claim(iri(f), kind, subject, required(f, MKG.mission), eventType,
                    agent == null ? null : iri(agent), dates, edtf(f, MKG.asOf), article == null ? null : iri(article)));
        });
    }

    private static boolean isConsolidated(Resource f) {
        return f.hasProperty(RDF.type, MKG.ConsolidatedFact);
    }

    private static String required(Resource f, Property p) {
        Resource r = first(f, p);
        if (r == null || !r.isURIResource()) {
            throw new IllegalArgumentException("fact <" + iri(f) + "> has no IRI value for " + p.getLocalName());
        }
        return r.getURI();
    }

    private static Resource first(Resource f, Property p) {
        RDFNode n = firstNode(f, p);
        return n != null && n.isResource() ? n.asResource() : null;
    }

    private static FuzzyDate edtf(Resource f, Property p) {
        RDFNode n = firstNode(f, p);
        if (n == null) {
            return null;
        }
        if (!n.isLiteral()) {
            throw new IllegalArgumentException("fact <" + iri(f) + ">: " + p.getLocalName() + " is not a literal");
        }
        try {
            return FuzzyDate.parse(n.asLiteral().getLexicalForm());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fact <" + iri(f) + ">: " + p.getLocalName() + " "
                    + e.getMessage(), e);
        }
    }

    private static RDFNode firstNode(Resource f, Property p) {
        RDFNode best = null;
        for (var it = f.listProperties(p); it.hasNext(); ) {
            RDFNode n = it.next().getObject();
            if (best == null || n.asNode().toString().compareTo(best.asNode().toString()) < 0) {
                best = n;
            }
        }
        return best;
    }

    private static String iri(Resource r) {
        if (!r.isURIResource()) {
            throw new IllegalArgumentException("consolidation needs IRIs, not blank nodes: " + r);
        }
        return r.getURI();
    }
}
