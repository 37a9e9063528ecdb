package org.missionkg.extract;

import java.util.List;
import java.util.Set;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;

/**
 * The dates an article states for a mission's events of some kinds, in the order the facts were
 * read: what the passes that finish an article's facts date other facts from (a planned length
 * from the mission's start, a last commander's tenure to the mission's end).
 */
final class MissionDates {
    private MissionDates() {
    }

    /**
     * The dates of those events, those the text states before those a stand-in gave ("Last soldiers
     * leave" in a headline is dated by the day of the news; "ended the operation on Monday" by its
     * own words): a stand-in only counts when no sentence states a date.
     */
    static List<FuzzyDate> stated(List<Fact> facts, EntityRef mission, Set<EventType> types) {
        List<MissionEvent> dated = facts.stream()
                .filter(f -> f instanceof MissionEvent e && types.contains(e.type()) && e.date() != null
                        && e.mission().key().equals(mission.key()))
                .map(f -> (MissionEvent) f).toList();
        List<FuzzyDate> told = dated.stream().filter(e -> e.provenance().dateSource() == null).map(MissionEvent::date).toList();
        return told.isEmpty() ? dated.stream().map(MissionEvent::date).toList() : told;
    }
}
