package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.Provenance;
import org.missionkg.reference.Gazetteer;

/** Whose officer commands a rotating naval task force is the country whose turn it is (hand-built facts, no CoreNLP). */
class TaskForceTurnsTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final EntityRef CTF = new EntityRef(EntityKind.MISSION, "ctf-151", "Combined Task Force 151");
    private static final EntityRef UN_FORCE = new EntityRef(EntityKind.MISSION, "unmiss", "United Nations Mission in South Sudan");

    private static CommandTenure tenure(String name, EntityRef mission, String sentence, String start, String end) {
        EntityRef who = new EntityRef(EntityKind.PERSON, name.toLowerCase().replace(' ', '-'), name);
        int at = sentence.indexOf(name.split(" ")[0]);
        Provenance p = new Provenance("a1", Evidence.of(sentence, at, at + name.length(), sentence), 0.85, "test", null);
        return new CommandTenure(who, mission, "Commodore", start == null ? null : FuzzyDate.parse(start),
                end == null ? null : FuzzyDate.parse(end), p);
    }

    private static List<Leadership> leads(List<Fact> facts) {
        return TaskForceTurns.led(facts, G).stream().filter(Leadership.class::isInstance).map(Leadership.class::cast).toList();
    }

    @Test
    void theNavyAfterTheNameLeadsOverTheTenure() {
        List<Leadership> out = leads(List.of(tenure("Aage Buur Jensen", CTF,
                "He relieved Commodore Aage Buur Jensen of the Royal Danish Navy, who had directed the task force since December.",
                "2013-12", "2014-02-27")));
        assertEquals(1, out.size());
        assertEquals("Denmark", out.get(0).country().label());
        assertEquals(FuzzyDate.parse("2013-12"), out.get(0).start());
        assertEquals(FuzzyDate.parse("2014-02-27"), out.get(0).end());
    }

    @Test
    void aNationalityBeforeTheRankCountsToo() {
        List<Leadership> out = leads(List.of(tenure("Jan de Vries", CTF,
                "Dutch Commodore Jan de Vries took command of the task force on Monday.", "2020-03-02", null)));
        assertEquals("Netherlands", out.get(0).country().label());
        // a hyphenated rank between them
        out = leads(List.of(tenure("Caner Bener", CTF,
                "Rear-Admiral X took command from Turkish Rear-Admiral Caner Bener at a ceremony yesterday.", null, "2010-01-21")));
        assertEquals("Turkey", out.get(0).country().label());
    }

    @Test
    void notForAMissionWhoseCommandDoesNotRotateNorForAnUndatedTenureNorTwice() {
        assertEquals(List.of(), leads(List.of(tenure("Ali Khan", UN_FORCE,
                "General Ali Khan of Pakistan took command of the force on Monday.", "2020-03-02", null))));
        assertEquals(List.of(), leads(List.of(tenure("Ali Khan", CTF,
                "Commodore Ali Khan of Pakistan commands the task force.", null, null))));
        CommandTenure t = tenure("Ali Khan", CTF, "Commodore Ali Khan of Pakistan took command on Monday.", "2020-03-02", null);
        Leadership told = new Leadership(new EntityRef(EntityKind.COUNTRY, "pakistan", "Pakistan"), CTF, null, null, t.provenance());
        assertEquals(1, leads(List.of(told, t)).size());
    }

    @Test
    void aTurnTheArticleStatesTakesTheDateItLeavesOutFromItsOfficersTenure() {
        // "Command passed from Pakistan to the Republic of Korea on Thursday" and "He relieved Commodore Imran Sadiq of
        // the Pakistan Navy, who had been in command since January".
        CommandTenure t = tenure("Imran Sadiq", CTF, "He relieved Commodore Imran Sadiq of the Pakistan Navy, who had been in command since January.",
                "2025-01", "2025-07-10");
        EntityRef pakistan = new EntityRef(EntityKind.COUNTRY, "pakistan", "Pakistan");
        Leadership stated = new Leadership(pakistan, CTF, null, FuzzyDate.parse("2025-07-10"), t.provenance());
        List<Leadership> out = leads(List.of(stated, t));
        assertEquals(1, out.size());
        assertEquals(FuzzyDate.parse("2025-01"), out.get(0).start());
        assertEquals(FuzzyDate.parse("2025-07-10"), out.get(0).end());
        assertEquals(TaskForceTurns.FROM_TENURE, out.get(0).provenance().dateSource());
        // ends that disagree: another tour, the turn stays as stated
        Leadership other = new Leadership(pakistan, CTF, null, FuzzyDate.parse("2024-01-10"), t.provenance());
        assertEquals(List.of(other), leads(List.of(other, t)));
    }
}
