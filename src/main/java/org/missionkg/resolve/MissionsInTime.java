package org.missionkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionEras;
import org.missionkg.vocab.Iris;

/**
 * Settles a mission name by the article's date. A description names the current phase of a
 * mission ("the UN mission in Congo" is MONUSCO), so in a story from 2003 it means the phase
 * active then (MONUC); a name two operations carried ("Operation Artemis") means the one active
 * in the story's year. Where the gazetteer gives no years, or the date settles nothing, the
 * match stays as the gazetteer read it. Public because the gold scorer keys a gold row's mission
 * name by the same rule, so that a name two missions answer to is scored as the one of its era.
 */
public final class MissionsInTime {
    private final Gazetteer gazetteer;
    private final MissionEras eras;

    private MissionsInTime(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.eras = gazetteer.eras();
    }

    public static MissionsInTime over(Gazetteer gazetteer) {
        return new MissionsInTime(gazetteer);
    }

    /** The matches, each mission one replaced by the mission of that name active in the article's year. */
    public List<GazetteerMatch> settle(List<GazetteerMatch> matches, LocalDate published) {
        if (published == null) {
            return matches;
        }
        List<GazetteerMatch> out = new ArrayList<>(matches.size());
        for (GazetteerMatch g : matches) {
            Optional<EntityRef> then = g.category() == GazetteerMatch.Category.MISSION
                    && !announced(g, published.getYear()) ? activeIn(g.entity(), published.getYear()) : Optional.empty();
            out.add(then.map(m -> new GazetteerMatch(g.start(), g.end(), g.surface(), g.category(), Iris.entity(m),
                    m.label(), m)).orElse(g));
        }
        return out;
    }

    /**
     * Whether the match is a mission's own name (every word capitalised, as "UNIOSIL" or "UN Integrated Office in
     * Sierra Leone") printed in the year before the
     * mission began: the news announcing it ("UNIOSIL takes over tomorrow" on 31 December 2005), not an older
     * writer's word for the phase then active. A description ("the UN mission in Congo") or a name years
     * before the mission began is read as the phase of that year.
     */
    private boolean announced(GazetteerMatch g, int year) {
        EntityRef mission = g.entity();
        if (mission == null || !eras.startsAfter(mission, year) || eras.startsAfter(mission, year + 1)) {
            return false;
        }
        for (String word : g.surface().strip().split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_JOINERS.contains(word)) {
                return false; // "the UN mission in Sierra Leone" describes
            }
        }
        return true; // "UNIOSIL", "UN Integrated Office in Sierra Leone" name
    }

    /** Lower-case words a mission's proper name holds: "Office in Sierra Leone", "Mission for the Referendum". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("in", "of", "the", "for", "and", "to",
            "on", "de", "du", "des", "la", "le", "en");

    /** The mission this name meant in that year, when that is another one than the gazetteer's first reading. */
    Optional<EntityRef> activeIn(EntityRef mission, int year) {
        if (eras.activeIn(mission, year)) {
            return Optional.empty();
        }
        for (EntityRef other : eras.namesakes(mission)) {
            if (eras.activeIn(other, year)) {
                return Optional.of(other);
            }
        }
        // Back along the phases: ATMIS in 2023 is AMISOM in 2015. A year before a phase began
        // only; after a mission ended no later phase takes its name back.
        EntityRef phase = mission;
        for (int step = 0; step < 5; step++) {
            Optional<EntityRef> before = eras.predecessor(phase);
            // The same operator only: "the EU force in Bosnia" in 2003 is no NATO force.
            if (before.isEmpty() || !eras.startsAfter(phase, year)
                    || !gazetteer.operator(before.get()).equals(gazetteer.operator(mission))) {
                return Optional.empty();
            }
            phase = before.get();
            if (eras.activeIn(phase, year)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    /**
     * The mission a successor replaced that was active in {@code year}, when the successor itself
     * began later. Unlike {@link #activeIn}, which reads a name, this follows the gazetteer's
     * {@code mkg:succeeds} whoever ran either: a fact dated before the successor existed (led since
     * 2024, when the Gang Suppression Force came in 2025) is the predecessor's.
     */
    public Optional<EntityRef> phaseIn(EntityRef mission, int year) {
        Optional<EntityRef> byName = activeIn(mission, year);
        if (byName.isPresent() || eras.activeIn(mission, year)) {
            return byName;
        }
        EntityRef phase = mission;
        for (int step = 0; step < 5 && eras.startsAfter(phase, year); step++) {
            Optional<EntityRef> before = eras.predecessor(phase);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            phase = before.get();
            if (eras.activeIn(phase, year)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
