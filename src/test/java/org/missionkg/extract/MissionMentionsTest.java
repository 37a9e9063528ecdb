package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;

/** What "the mission" means where a sentence names none: the paragraph's mission, else the article's focus. */
class MissionMentionsTest {
    private static final EntityRef KFOR = new EntityRef(EntityKind.MISSION, "kfor", "Kosovo Force");
    private static final EntityRef IMPACT = new EntityRef(EntityKind.MISSION, "operation-impact", "Operation IMPACT");
    private static final EntityRef NMI = new EntityRef(EntityKind.MISSION, "nato-mission-iraq", "NATO Mission Iraq");

    private static final String BODY = "Hungary will lead KFOR from October. KFOR has 4,500 troops.\n\n"
            + "Canada brought home 60 personnel. They served under Operation IMPACT.\n\n"
            + "Operation IMPACT continues. NATO Mission Iraq is separate. The mission's staff moved to Erbil.\n\n"
            + "No mission is named here.";

    private static MissionMentions missions() {
        List<GazetteerMatch> matches = new ArrayList<>();
        for (EntityRef m : List.of(KFOR, IMPACT, NMI)) {
            String name = m.key().equals("kfor") ? "KFOR" : m.label();
            for (int i = BODY.indexOf(name); i >= 0; i = BODY.indexOf(name, i + 1)) {
                matches.add(new GazetteerMatch(i, i + name.length(), name, GazetteerMatch.Category.MISSION,
                        "https://example.org/" + m.key(), m.label(), m));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return ArticleFacts.of("t", null, List.of(), matches, BODY).missions();
    }

    @Test
    void theMissionNamedLastBeforeInTheParagraph() {
        MissionMentions missions = missions();
        assertEquals(NMI, missions.paragraphMission(BODY.indexOf("The mission's staff"), false, false));
        assertEquals(KFOR, missions.paragraphMission(BODY.indexOf("KFOR has"), false, false));
    }

    @Test
    void aSentenceMayTakeTheMissionNamedLaterInItsParagraph() {
        MissionMentions missions = missions();
        int brought = BODY.indexOf("Canada brought");
        assertEquals(IMPACT, missions.paragraphMission(brought, true, false));
        assertNull(missions.paragraphMission(brought, false, false), "a phrase looks back only");
    }

    @Test
    void aParagraphThatNamesNoneLeavesItToTheFocus() {
        MissionMentions missions = missions();
        assertNull(missions.paragraphMission(BODY.indexOf("No mission"), true, false));
    }

    @Test
    void theCoalitionIsTheMissionNamedAsACoalition() {
        String body = "The coalition will leave Baghdad. The U.S.-led coalition has 2,500 troops.";
        EntityRef oir = new EntityRef(EntityKind.MISSION, "operation-inherent-resolve", "Operation Inherent Resolve");
        int at = body.indexOf("U.S.-led coalition");
        GazetteerMatch named = new GazetteerMatch(at, at + 18, "U.S.-led coalition", GazetteerMatch.Category.MISSION,
                "https://example.org/oir", oir.label(), oir);
        assertEquals(oir, ArticleFacts.of("t", null, List.of(), List.of(named), body).missions().coalitionMission(0));
        assertNull(missions().coalitionMission(0), "an article that names no coalition");
    }

    @Test
    void theAlliancesMissionIsTheLastNatoMission() {
        MissionMentions missions = missions();
        assertEquals(NMI, missions.paragraphMission(BODY.indexOf("The mission's staff"), false, true));
        assertNull(missions.paragraphMission(BODY.indexOf("They served"), true, true));
    }
}
