package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.FuzzyDate;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/** What a sentence is about, as its subject says; no CoreNLP needed (slots and the first verb are given). */
class SentenceSubjectsTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final EntityRef MONUSCO = new EntityRef(EntityKind.MISSION, "monusco", "MONUSCO");

    private static List<GazetteerMatch> missionsNamedIn(String sentence) {
        return G.scan(sentence).stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList();
    }

    private static List<Slot> slots(String sentence, String phrase, EntityRef mission) {
        List<Slot> found = new java.util.ArrayList<>(missionsNamedIn(sentence).stream()
                .map(m -> Slot.entity(SlotType.MISSION, m.start(), m.end(), m.surface(), m.entity())).toList());
        if (phrase != null) {
            int at = sentence.indexOf(phrase);
            found.add(Slot.entity(SlotType.MISSION, at, at + phrase.length(), phrase, mission));
        }
        return found;
    }

    @Test
    void aDescriptionThatOpensTheSentenceIsItsSubjectWhateverItNamesLater() {
        // The tagger may read "numbers" as a noun: the first verb is then "made", after the brigade.
        String s = "The UN force numbers some 12,500 uniformed personnel, among them the Force Intervention Brigade, "
                + "made up of troops from South Africa, Tanzania and Malawi.";
        int made = s.indexOf("made");
        assertEquals(List.of(MONUSCO), SentenceSubjects.subjectMission(missionsNamedIn(s),
                slots(s, "The UN force", MONUSCO), s, 0, made));
    }

    @Test
    void aMissionAfterOnlyATimelinesDayIsTheSubjectOfASentenceNamingTwo() {
        // "31 March: X takes over from NATO's Y": the day does not stop X being what the sentence is about.
        String s = "31 March: UNMIL takes over from the ECOWAS Mission in Liberia.";
        List<Slot> found = new java.util.ArrayList<>(slots(s, null, null));
        found.add(new Slot(-1, SlotType.DATE, 0, 8, "31 March", null, null, null, null, FuzzyDate.parse("2003-03-31"),
                DateRole.AT, null, null));
        assertEquals("United Nations Mission in Liberia", SentenceSubjects.subjectMission(missionsNamedIn(s), found, s, 0,
                s.indexOf("takes")).get(0).label());
        // with words other than a day before it, it is not
        String other = "Diplomats said UNMIL takes over from the ECOWAS Mission in Liberia.";
        assertEquals(Collections.singletonList(null), SentenceSubjects.subjectMission(missionsNamedIn(other),
                slots(other, null, null), other, 0, other.indexOf("said")));
    }

    @Test
    void anOwnerThatOpensTheSentenceIsNotItsSubject() {
        // "RAMSI's military component, Combined Task Force 635, was stood down": two missions, no single subject.
        String s = "RAMSI's military component, Combined Task Force 635, was stood down in 2013.";
        int was = s.indexOf("was");
        assertEquals(Collections.singletonList(null), SentenceSubjects.subjectMission(missionsNamedIn(s),
                slots(s, null, null), s, 0, was));
    }

    @Test
    void oneMissionNamedBeforeTheFirstVerbIsTheSubjectAndAnAsideIsNot() {
        String s = "UNMIL closed on Saturday.";
        assertEquals("United Nations Mission in Liberia", SentenceSubjects.subjectMission(missionsNamedIn(s),
                slots(s, null, null), s, 0, s.indexOf("closed")).get(0).label());
        String aside = "Fewer than 20 of them serve with UNMIL.";
        assertEquals(Collections.singletonList(null), SentenceSubjects.subjectMission(missionsNamedIn(aside),
                slots(aside, null, null), aside, 0, aside.indexOf("serve")));
    }

    @Test
    void aPartOfAContributionBelongsToTheNationalMissionNamedLastBefore() {
        EntityRef interflex = new EntityRef(EntityKind.MISSION, "operation-interflex", "Operation Interflex");
        EntityRef kudu = new EntityRef(EntityKind.MISSION, "operation-kudu", "Operation Kudu");
        EntityRef untso = new EntityRef(EntityKind.MISSION, "untso", "UNTSO");
        java.util.function.Predicate<EntityRef> international = m -> m.equals(untso) || m.equals(MONUSCO);
        // "About 90 Australian soldiers are based in Britain for Kudu ... The current rotation is led by X."
        assertEquals(kudu, SentenceSubjects.componentMission("The current rotation ",
                List.of(List.of(interflex), List.of(), List.of(kudu)), international));
        // "... serve with UNTSO under Operation Paladin ... The Australian contingent is commanded by X."
        EntityRef paladin = new EntityRef(EntityKind.MISSION, "operation-paladin", "Operation Paladin");
        assertEquals(paladin, SentenceSubjects.componentMission("The Australian contingent ",
                List.of(List.of(untso, paladin, untso)), international));
        // only an organisation's mission named near: that one
        assertEquals(MONUSCO, SentenceSubjects.componentMission("Since November the task group ",
                List.of(List.of(MONUSCO)), international));
        // no part of a contribution as subject, or nothing named in the four sentences before: no answer
        assertEquals(null, SentenceSubjects.componentMission("The minister ", List.of(List.of(kudu)), international));
        assertEquals(null, SentenceSubjects.componentMission("The current rotation ",
                List.of(List.of(kudu), List.of(), List.of(), List.of(), List.of()), international));
    }
}
