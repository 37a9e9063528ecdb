package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.TroopContribution;

/** When a troop count held, read through the whole extractor (CoreNLP included). */
class TroopCountDatesIT {
    private static List<TroopContribution> counts(String body) {
        return NlpHolder.factsOf(TroopContribution.class, "Troops land", "2006-05-27", body);
    }

    @Test
    void aCountInAPastClauseWithBeTakesTheDayThatClauseStates() {
        // "were in the capital": the parse's head is the place, the past "were" its copula; "by Thursday"
        // is the clause's own day, not the publication day.
        List<TroopContribution> found = counts("""
                Australian soldiers of Operation Astute poured into Dili on Friday.

                By Thursday about 450 Australian soldiers were in the capital, the Defence Force said.
                """);
        TroopContribution c = found.stream().filter(t -> t.count() == 450).findFirst().orElseThrow();
        assertEquals(FuzzyDate.parse("2006-05-25"), c.date(), c.toString());
    }

    @Test
    void aCountInThePresentTenseHeldOnTheDayItsSourceIsSaidToHaveGivenIt() {
        // "..., the minister said on Tuesday": the count is as of that Tuesday, not of the day of printing.
        List<TroopContribution> found = counts("""
                Australia has about 600 soldiers in Operation Astute, Defence Minister Brendan Nelson said on Tuesday.
                """);
        TroopContribution c = found.stream().filter(t -> t.count() == 600).findFirst().orElseThrow();
        assertEquals(FuzzyDate.parse("2006-05-23"), c.date(), c.toString());
    }
}
