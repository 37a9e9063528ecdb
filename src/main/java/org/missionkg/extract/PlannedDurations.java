package org.missionkg.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;

/**
 * A planned end told as a length ("The operation is planned to last six months", "will run for
 * an initial twelve months") lies that far after the mission's start, which the story gives in
 * another sentence, before or after this one. Such an end is stated undated and kept here with
 * its length; once the article is read, it is dated from the start the article states for that
 * mission, and stays undated when it states none.
 */
final class PlannedDurations {
    private final Map<MissionEvent, Durations.Length> lengths = new IdentityHashMap<>();

    /** An undated planned end and the length after the mission's start that it lies. */
    void note(MissionEvent end, Durations.Length length) {
        lengths.put(end, length);
    }

    /** The article's facts with each length-told end dated from its mission's stated start. */
    List<Fact> dated(List<Fact> facts) {
        if (lengths.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            Durations.Length length = f instanceof MissionEvent e ? lengths.get(e) : null;
            if (length == null) {
                out.add(f);
                continue;
            }
            MissionEvent end = (MissionEvent) f;
            FuzzyDate start = MissionDates.stated(facts, end.mission(), Set.of(EventType.LAUNCH, EventType.START)).stream()
                    .findFirst().orElse(null);
            FuzzyDate date = start == null ? null : Durations.after(start, length);
            out.add(date == null ? end : new MissionEvent(end.mission(), end.type(), date, null, end.agent(), end.note(),
                    end.provenance()));
        }
        return out;
    }
}
