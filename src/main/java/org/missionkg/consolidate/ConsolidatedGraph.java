package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/** Writes merged facts, their derived values and the disagreements among their claims as RDF. */
final class ConsolidatedGraph {
    private static final RDFDatatype EDTF = TypeMapper.getInstance().getSafeTypeByName(Iris.EDTF_DATATYPE);

    private ConsolidatedGraph() {
    }

    static Model write(List<MergedFact> facts, List<StartConflicts.CrossConflict> crossConflicts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("mkg", MKG.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix("edtf", "http://id.loc.gov/datatypes/edtf/");
        // One conflict per mission, aspect and subject: a tenure's own disagreeing claims and the
        // start events it contradicts are sides of the same disagreement.
        Map<ConflictKey, TreeSet<String>> conflicts = new TreeMap<>();
        facts.forEach(f -> fact(m, f, conflicts));
        crossConflicts.forEach(c -> conflicts.computeIfAbsent(new ConflictKey(c.mission(), Aspect.START, c.subject()),
                k -> new TreeSet<>()).addAll(c.claims()));
        // Every claim a conflict names is a claim of some merged fact (cross conflicts too: tenures and events).
        Map<String, Claim> byIri = new HashMap<>();
        facts.forEach(f -> f.claims().forEach(c -> byIri.put(c.iri(), c)));
        conflicts.forEach((k, claims) -> conflict(m, k, List.copyOf(claims), byIri));
        return m;
    }

    /** What a conflict is about: the mission, the aspect and the commander, country or event type. */
    private record ConflictKey(String mission, Aspect aspect, String subject) implements Comparable<ConflictKey> {
        private static final Comparator<ConflictKey> ORDER = Comparator.comparing(ConflictKey::mission)
                .thenComparing(ConflictKey::aspect).thenComparing(ConflictKey::subject);

        @Override
        public int compareTo(ConflictKey o) {
            return ORDER.compare(this, o);
        }
    }

    private static void fact(Model m, MergedFact f, Map<ConflictKey, TreeSet<String>> conflicts) {
        Resource r = m.createResource(f.iri())
                .addProperty(RDF.type, MKG.ConsolidatedFact)
                .addProperty(MKG.mission, m.createResource(f.mission()))
                .addLiteral(MKG.inferred, f.inferred());
        f.claims().forEach(c -> r.addProperty(MKG.claim, m.createResource(c.iri())));
        ArticleCounts.writeOn(r, ArticleCounts.of(f.claims()));
        List<Aspect> aspects = switch (f.kind()) {
            case COMMAND, LEAD -> List.of(Aspect.START, Aspect.END);
            case EVENT -> List.of(Aspect.DATE, Aspect.UNTIL);
        };
        switch (f.kind()) {
            case COMMAND -> r.addProperty(RDF.type, MKG.CommandTenure)
                    .addProperty(MKG.commander, m.createResource(f.subject()));
            case LEAD -> r.addProperty(RDF.type, MKG.Leadership)
                    .addProperty(MKG.country, m.createResource(f.subject()));
            case EVENT -> r.addProperty(RDF.type, MKG.MissionEvent)
                    .addProperty(MKG.eventType, m.createResource(f.eventType()));
        }
        if (f.kind().commanderKind() != null) {
            r.addProperty(MKG.commanderKind, f.kind().commanderKind());
        }
        if (f.agent() != null) {
            r.addProperty(MKG.agent, m.createResource(f.agent()));
        }
        if (f.predecessor() != null) {
            r.addProperty(MKG.predecessor, m.createResource(f.predecessor().iri()));
        }
        // Sources that together put the start after the end (one article's start, another's end)
        // cannot both stand on one fact: the start is kept, the end left open, and the clash recorded
        // as a conflict on the end, naming every claim that dates either bound.
        FuzzyDate start = f.value(Aspect.START);
        FuzzyDate end = f.value(Aspect.END);
        boolean clash = aspects.contains(Aspect.END) && start != null && end != null && end.certainlyBefore(start);
        if (clash) {
            TreeSet<String> behind = conflicts.computeIfAbsent(new ConflictKey(f.mission(), Aspect.END, f.subject()),
                    k -> new TreeSet<>());
            behind.addAll(Chosen.dating(f.claims(), Aspect.START));
            behind.addAll(Chosen.dating(f.claims(), Aspect.END));
        }
        for (Aspect a : aspects) {
            FuzzyDate value = f.value(a);
            if (clash && a == Aspect.END) {
                continue;
            }
            if (value != null) {
                date(r, a, value);
            }
            Derived d = f.derived(a);
            if (d != null) {
                derived(m, r, d);
            }
            List<String> disagreeing = Chosen.disagreeing(f.claims(), a);
            if (disagreeing.size() > 1) {
                conflicts.computeIfAbsent(new ConflictKey(f.mission(), a, f.subject() != null ? f.subject() : f.eventType()),
                        k -> new TreeSet<>()).addAll(disagreeing);
            }
        }
    }

    private static void derived(Model m, Resource fact, Derived d) {
        Resource r = m.createResource(Iris.consolidated("derived", fact.getURI() + " " + d.aspect().code()))
                .addProperty(RDF.type, MKG.DerivedValue)
                .addProperty(MKG.aspect, d.aspect().code())
                .addProperty(MKG.derivedBy, d.rule());
        date(r, d.aspect(), d.value());
        d.from().forEach(c -> r.addProperty(PROV.wasDerivedFrom, m.createResource(c)));
        if (d.note() != null) {
            r.addProperty(MKG.note, d.note());
        }
        fact.addProperty(MKG.derivation, r);
    }

    /**
     * A conflict node; its IRI is minted from what it is about (the aspect, mission and subject: one
     * conflict each), so that a claim joining a disagreement adds one {@code mkg:claim} link instead of
     * renaming a node that has thousands. Its figures ({@link ConflictFigures}) are written on it, so that
     * the conflicts question reads four values per conflict instead of grouping all its claims.
     */
    private static void conflict(Model m, ConflictKey k, List<String> claims, Map<String, Claim> byIri) {
        String key = k.aspect().code() + " " + k.mission() + " " + k.subject();
        Resource r = m.createResource(Iris.consolidated("conflict", key))
                .addProperty(RDF.type, MKG.Conflict)
                .addProperty(MKG.aspect, k.aspect().code())
                .addProperty(MKG.mission, m.createResource(k.mission()))
                .addProperty(MKG.subject, m.createResource(k.subject()));
        claims.forEach(c -> r.addProperty(MKG.claim, m.createResource(c)));
        ConflictFigures.of(k.aspect(), claims, byIri).writeOn(r);
    }

    /** The EDTF value and its bounds, as the graph contract writes every date. */
    private static void date(Resource r, Aspect a, FuzzyDate value) {
        Model m = r.getModel();
        r.addProperty(a.value(), m.createTypedLiteral(value.edtf(), EDTF));
        day(r, a.earliest(), value.earliest());
        day(r, a.latest(), value.latest());
    }

    private static void day(Resource r, Property p, LocalDate d) {
        if (d != null) {
            r.addProperty(p, r.getModel().createTypedLiteral(d.toString(), XSDDatatype.XSDdate));
        }
    }
}
