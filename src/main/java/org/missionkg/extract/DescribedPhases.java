package org.missionkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.reference.Gazetteer;

/**
 * A lead or command held since a year before the mission a description was read as began is held
 * over the phase active then: in a story about EUTM Mozambique becoming EUMAM Mozambique,
 * "Portugal, which has led the mission since July 2021" led EUTM Mozambique; in one about the Gang
 * Suppression Force replacing the Kenyan-led mission in Haiti, "Kenya, which has led the mission
 * since 2024" led the mission of 2024, and "the council extended it on 30 September last year"
 * extended that one. The article's date already settles a description to the
 * phase of the story's year; this settles it by the fact's own start. Only where the sentence does
 * not name the mission: a name the writer printed stays the mission the fact is about.
 */
final class DescribedPhases {
    /**
     * A mission is authorised, launched and set going before the year it is active from, so its
     * birth dated a year early is still its own; what happens to a mission later (extended,
     * suspended, ended) happens to the one active then.
     */
    private static final Set<EventType> BIRTHS = EnumSet.of(EventType.LAUNCH, EventType.START, EventType.PLANNED_END);

    private DescribedPhases() {
    }

    static List<Fact> settled(List<Fact> facts, MentionResolver mentions, Gazetteer gazetteer) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f instanceof Leadership l && l.start() != null) {
                out.add(phase(l.mission(), l.start(), f, gazetteer, mentions)
                        .<Fact>map(p -> new Leadership(l.country(), p, l.start(), l.end(), l.provenance())).orElse(f));
            } else if (f instanceof CommandTenure t && t.start() != null) {
                out.add(phase(t.mission(), t.start(), f, gazetteer, mentions)
                        .<Fact>map(p -> new CommandTenure(t.commander(), p, t.rank(), t.start(), t.end(), t.provenance()))
                        .orElse(f));
            } else if (f instanceof MissionEvent e && e.date() != null && !BIRTHS.contains(e.type())) {
                out.add(phase(e.mission(), e.date(), f, gazetteer, mentions)
                        .<Fact>map(p -> new MissionEvent(p, e.type(), e.date(), e.until(), e.agent(), e.note(), e.provenance()))
                        .orElse(f));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static Optional<EntityRef> phase(EntityRef mission, FuzzyDate start, Fact f, Gazetteer gazetteer,
                                             MentionResolver mentions) {
        String sentence = f.provenance().evidence().sentence().toLowerCase(Locale.ROOT);
        for (String name : gazetteer.names(mission)) {
            if (sentence.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return start.earliest() == null ? Optional.empty() : mentions.phaseIn(mission, start.earliest().getYear());
    }
}
