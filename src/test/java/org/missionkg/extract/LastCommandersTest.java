package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** A last commander's tenure ends where the article says the mission ended (hand-built facts, no CoreNLP). */
class LastCommandersTest {
    private static final String TEXT = "Operation Northern Watch came to an end on Thursday. "
            + "Its flag was cased by its last U.S. commander, Brigadier General Robin Scott. "
            + "A former commander, Major General Ann Smith, spoke.";
    private static final EntityRef WATCH = new EntityRef(EntityKind.MISSION, "operation-northern-watch", "Operation Northern Watch");
    private static final EntityRef SCOTT = new EntityRef(EntityKind.PERSON, "robin-scott", "Robin Scott");
    private static final EntityRef SMITH = new EntityRef(EntityKind.PERSON, "ann-smith", "Ann Smith");

    private static final List<String> SENTENCES = List.of("Operation Northern Watch came to an end on Thursday.",
            "Its flag was cased by its last U.S. commander, Brigadier General Robin Scott.",
            "A former commander, Major General Ann Smith, spoke.");

    private static Provenance said(String exact) {
        int at = TEXT.indexOf(exact);
        String sentence = SENTENCES.stream().filter(x -> x.contains(exact)).findFirst().orElseThrow();
        return new Provenance("a1", Evidence.of(TEXT, at, at + exact.length(), sentence), 0.85, "test", null);
    }

    private static CommandTenure tenure(EntityRef who, String exact) {
        return new CommandTenure(who, WATCH, "Brigadier-General", null, null, said(exact));
    }

    private static MissionEvent end(String date) {
        return new MissionEvent(WATCH, EventType.END, FuzzyDate.parse(date), null, null, null, said("came to an end"));
    }

    @Test
    void theLastCommandersTenureEndsWhenTheMissionEnded() {
        List<Fact> out = LastCommanders.ended(List.of(end("2003-05-01"), tenure(SCOTT, "Robin Scott")));
        assertEquals(FuzzyDate.parse("2003-05-01"), ((CommandTenure) out.get(1)).end());
    }

    @Test
    void aCommanderNotCalledTheLastKeepsAnOpenTenure() {
        List<Fact> out = LastCommanders.ended(List.of(end("2003-05-01"), tenure(SMITH, "Ann Smith")));
        assertNull(((CommandTenure) out.get(1)).end());
    }

    @Test
    void withoutAnEndOrWithTwoThatDisagreeTheTenureStaysOpen() {
        assertNull(((CommandTenure) LastCommanders.ended(List.of(tenure(SCOTT, "Robin Scott"))).get(0)).end());
        List<Fact> out = LastCommanders.ended(List.of(end("2003-05-01"), end("2003-04-07"), tenure(SCOTT, "Robin Scott")));
        assertNull(((CommandTenure) out.get(2)).end());
    }

    @Test
    void anEndTheTextStatesBeatsOneDatedByTheDayOfTheNews() {
        MissionEvent standIn = new MissionEvent(WATCH, EventType.END, FuzzyDate.parse("2003-05-05"), null, null, null,
                said("came to an end").withDateSource("the publication date"));
        List<Fact> out = LastCommanders.ended(List.of(standIn, end("2003-05-01"), tenure(SCOTT, "Robin Scott")));
        assertEquals(FuzzyDate.parse("2003-05-01"), ((CommandTenure) out.get(2)).end());
    }
}
