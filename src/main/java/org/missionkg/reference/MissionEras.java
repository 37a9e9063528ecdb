package org.missionkg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.vocab.MKG;

/**
 * When each mission was active and which mission it followed, as the gazetteer records them
 * ({@code mkg:activeFrom}, {@code mkg:activeUntil}, {@code mkg:succeeds}), and which missions
 * share a name. News names a mission by what it is ("the UN mission in Congo") or by a name two
 * operations carried in different years ("Operation Artemis": the EU's in 2003, Canada's from
 * 2012); only the date tells them apart. Reference data, not news facts: an unknown year means
 * "active whenever asked".
 */
public final class MissionEras {
    private final Map<String, Integer> from = new HashMap<>();
    private final Map<String, Integer> until = new HashMap<>();
    private final Map<String, EntityRef> predecessor = new HashMap<>();
    private final Map<String, Set<EntityRef>> namesakes = new HashMap<>();

    MissionEras() {
    }

    /** Reads one mission's years and predecessor; the predecessor must be a gazetteer mission. */
    void add(Resource r, EntityRef mission, java.util.function.Function<String, EntityRef> missionByIri) {
        year(r, MKG.activeFrom).ifPresent(y -> from.put(mission.key(), y));
        year(r, MKG.activeUntil).ifPresent(y -> until.put(mission.key(), y));
        if (from.containsKey(mission.key()) && until.containsKey(mission.key())
                && from.get(mission.key()) > until.get(mission.key())) {
            throw new IllegalArgumentException(r + " ends before it starts");
        }
        List<Statement> before = r.listProperties(MKG.succeeds).toList();
        if (before.size() > 1) {
            throw new IllegalArgumentException(r + " has more than one mkg:succeeds");
        }
        for (Statement s : before) {
            EntityRef p = s.getObject().isURIResource() ? missionByIri.apply(s.getResource().getURI()) : null;
            if (p == null || p.kind() != EntityKind.MISSION) {
                throw new IllegalArgumentException(r + " mkg:succeeds " + s.getObject() + ": not a gazetteer mission");
            }
            predecessor.put(mission.key(), p);
        }
    }

    /** Records that these missions answer to one alias; each must carry years that tell it from the others. */
    void sameName(Set<EntityRef> missions) {
        for (EntityRef m : missions) {
            if (!from.containsKey(m.key())) {
                throw new IllegalArgumentException("mission " + m.key() + " shares a name with " + missions
                        + " but has no mkg:activeFrom to tell it apart");
            }
            namesakes.computeIfAbsent(m.key(), k -> new LinkedHashSet<>()).addAll(missions);
        }
        for (EntityRef m : missions) {
            namesakes.get(m.key()).remove(m);
        }
    }

    /** Whether the mission was active at some time in that year; true when the gazetteer does not say. */
    public boolean activeIn(EntityRef mission, int year) {
        Integer f = from.get(mission.key());
        Integer u = until.get(mission.key());
        return (f == null || f <= year) && (u == null || year <= u);
    }

    /** Whether the gazetteer records that the mission began after that year. */
    public boolean startsAfter(EntityRef mission, int year) {
        Integer f = from.get(mission.key());
        return f != null && f > year;
    }

    /** The mission this one took over from, kept as a separate mission (MONUC for MONUSCO). */
    public Optional<EntityRef> predecessor(EntityRef mission) {
        return Optional.ofNullable(predecessor.get(mission.key()));
    }

    /** Other missions that answer to one of this mission's names, in gazetteer order. */
    public List<EntityRef> namesakes(EntityRef mission) {
        return new ArrayList<>(namesakes.getOrDefault(mission.key(), Set.of()));
    }

    private static Optional<Integer> year(Resource r, org.apache.jena.rdf.model.Property p) {
        List<Statement> s = r.listProperties(p).toList();
        if (s.size() > 1) {
            throw new IllegalArgumentException(r + " has more than one " + p.getLocalName());
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String lexical = s.get(0).getObject().isLiteral() ? s.get(0).getLiteral().getLexicalForm() : "";
        if (!lexical.matches("\\d{4}")) {
            throw new IllegalArgumentException(r + " " + p.getLocalName() + " " + s.get(0).getObject() + ": not a year");
        }
        return Optional.of(Integer.parseInt(lexical));
    }
}
