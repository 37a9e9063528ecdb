package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.RoleHolding;

/**
 * A minister's succession told beside a mission is no change of its command, and a holder's relative clause of taking
 * up the post dates the command: read through the whole extractor (CoreNLP included).
 */
class PoliticalSuccessionsIT {
    private static final String STORY = """
            The Quiet Harbour Stabilisation Force in Ostland is changing hands.

            The force is commanded by Lieutenant General Osama Tarek, who took the post in December.

            Egyptian Defence Minister Hamid Selim, who replaced Karim Nasser in June, visited the force on Monday.
            """;

    @Test
    void aMinistersSuccessorAndPredecessorHoldTheMinistryNotTheForce() {
        List<Fact> facts = NlpHolder.factsOf(Fact.class, "Force changes hands", "2019-03-14", STORY);
        assertTrue(facts.stream().noneMatch(f -> f instanceof CommandTenure c
                && (c.commander().label().equals("Hamid Selim") || c.commander().label().equals("Karim Nasser"))), facts.toString());
        List<String> ministers = facts.stream().filter(f -> f instanceof RoleHolding r && r.role().equals("Minister of Defence"))
                .map(f -> ((RoleHolding) f).person().label()).sorted().toList();
        assertEquals(List.of("Hamid Selim", "Karim Nasser"), ministers, facts.toString());
    }

    @Test
    void aMinisterNamedSentencesBeforeHisSuccessionHoldsTheMinistryNotTheOperation() {
        // the office is printed with the name once; the succession comes two sentences later with the surname alone
        List<Fact> facts = NlpHolder.factsOf(Fact.class, "Army stays in the hills", "2011-09-29", """
                Operation Tidewater, as the army's deployment in the hill districts is called, was due to end in October.

                Brazilian Defence Minister Rafael Duarte and Governor Ines Moreira signed an agreement on Sept. 20 extending it.

                Duarte, who replaced Tomas Leal in August, visited the district on Wednesday.
                """);
        assertTrue(facts.stream().noneMatch(f -> f instanceof CommandTenure c
                && (c.commander().label().equals("Rafael Duarte") || c.commander().label().equals("Tomas Leal"))), facts.toString());
    }

    @Test
    void theHoldersOwnClauseOfTakingThePostStartsTheCommand() {
        List<CommandTenure> commands = NlpHolder.factsOf(CommandTenure.class, "Force changes hands", "2019-03-14", STORY);
        CommandTenure tarek = commands.stream().filter(c -> c.commander().label().equals("Osama Tarek")).findFirst()
                .orElseThrow(() -> new AssertionError(commands.toString()));
        assertEquals(FuzzyDate.parse("2018-12"), tarek.start(), commands.toString());
    }
}
