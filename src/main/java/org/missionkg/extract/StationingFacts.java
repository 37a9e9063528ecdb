package org.missionkg.extract;

import static org.missionkg.extract.MatchGroups.country;
import static org.missionkg.extract.MatchGroups.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.model.Stationing;

/**
 * Where a mission's troops are, from a surface rule's match: the places from {@code place} to the
 * match's end, minus those that cannot be the mission's (another country's contingent, a country
 * other than the one the mission is named for).
 */
final class StationingFacts {
    private final NameAffiliations names;

    StationingFacts(NameAffiliations names) {
        this.names = names;
    }

    private static final Pattern UNDER_A_MISSION = Pattern.compile(
            "(?i)\\b(?:under|with|for|in|into|to|on|as\\s+part\\s+of|part\\s+of)\\s+(?:the\\s+|its\\s+|their\\s+)?$");

    /**
     * The mission a stationing with no mission of its own is about: one named before the place
     * or after it as what the troops serve under ("in Latvia under Operation REASSURANCE"); a
     * mission named later in another role ("They serve in Iraq and Kuwait, supporting the
     * coalition and NMI") is not, and the sentence is then about the mission just named.
     */
    static EntityRef stationedMission(Matcher m, SentenceView v, ArticleContext ctx) {
        List<Slot> missions = v.slotsIn(0, v.text().length(), SlotType.MISSION);
        for (Slot s : missions) {
            int at = v.viewPosition(s);
            if (at < m.end()) {
                return s.entity();
            }
            String before = v.text().substring(Math.max(m.end(), at - 20), at);
            if (UNDER_A_MISSION.matcher(before).find()) {
                return s.entity();
            }
        }
        return ctx.contextMission();
    }

    List<Fact> location(Matcher m, SentenceView v, Provenance p, EntityRef mission) {
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return List.of();
        }
        Slot first = slot(m, v, "place");
        if (first == null) {
            return List.of();
        }
        EntityRef contingent = country(slot(m, v, "country"));
        EntityRef owner = names.owner(mission);
        if (contingent != null && owner != null && owner.kind() == EntityKind.COUNTRY && !owner.sameAs(contingent)) {
            return List.of(); // Italian soldiers in Erbil are not Canada's Operation IMPACT
        }
        EntityRef host = names.host(mission);
        if (contingent != null && host != null && host.sameAs(contingent)) {
            return List.of(); // Iraqi forces in Mosul are not NATO Mission Iraq's
        }
        List<Fact> out = new ArrayList<>();
        for (Slot place : v.slotsIn(v.viewPosition(first), m.end(), SlotType.PLACE, SlotType.COUNTRY)) {
            if (host != null && place.entity().kind() == EntityKind.COUNTRY && !host.sameAs(place.entity())) {
                continue; // NATO Mission Iraq is not stationed in Kosovo
            }
            out.add(new Stationing(mission, place.entity(), contingent, p));
        }
        return out;
    }
}
