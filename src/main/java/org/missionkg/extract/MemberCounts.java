package org.missionkg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.Fact;
import org.missionkg.model.TroopContribution;
import org.missionkg.reference.Gazetteer;

/**
 * Counts of an organisation's members, not of troops: "All 30 NATO members contribute to the mission", "the 27 EU
 * member states". An organisation that runs missions (the gazetteer records it as one's operator: NATO, the EU, the
 * UN, the African Union ...) has states for members; "250 Canadian Armed Forces members" are people.
 */
final class MemberCounts {
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "^\\s*(?:member\\s+(?:states|countries|nations)|members|allies|nations|countries|states)\\b");

    private MemberCounts() {
    }

    /** This sentence's facts without the counts that count an alliance's or union's member states. */
    static List<Fact> dropped(List<Fact> facts, List<Slot> found, String text, Gazetteer gazetteer) {
        return facts.stream().filter(f -> !(f instanceof TroopContribution t && countsMembers(t, found, text, gazetteer)))
                .toList();
    }

    private static boolean countsMembers(TroopContribution t, List<Slot> found, String text, Gazetteer gazetteer) {
        int begin = t.provenance().evidence().start();
        int end = t.provenance().evidence().end();
        for (Slot s : found) {
            if (s.type() == SlotType.ORGANIZATION && s.entity() != null && s.entity().kind() == EntityKind.ORGANIZATION
                    && s.begin() >= begin && s.begin() <= end
                    && MEMBERS_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 24))).find()
                    && !gazetteer.missionsOperatedBy(s.entity()).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
