package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.TroopContribution;

/**
 * Countries told through their forces, read through the whole extractor (CoreNLP included): a national detachment
 * taking over a rotating lead, a service named without its country ("the Bundeswehr", "the RAF"), a lead handed over
 * by a country "which had led it since" a month, and a demonym in apposition to a person, who is no lead nation.
 */
class NationalForcesIT {
    private static final List<Fact> FACTS = NlpHolder.extractor().extract(new Article("forces", "Air policing changes hands", """
            A Hungarian Air Force detachment took over the lead of NATO's Baltic Air Policing mission from Spanish \
            airmen at a ceremony at Siauliai air base on Friday.

            Italy took over the lead of Operation Sea Guardian from Spain, which had led it since April.

            The Bundeswehr will send 300 troops to Operation Sea Guardian next year.

            The RAF has about 150 personnel in Operation Sea Guardian.

            The Luftwaffe will send 40 airmen to Operation Sea Guardian, and the Royal Navy has about 90 sailors in \
            the operation.

            On Tuesday an Italian detachment took over at Siauliai air base from the Spanish airmen, who had flown \
            the Baltic Air Policing mission since August.

            Commodore Ann Marsh turned over command of Combined Task Force 150 to Captain Bo Jensen on Thursday.

            Lt. Gen. Tom Reed, the Australian who has commanded Operation Sea Guardian since March, said the patrols \
            would go on.

            The Royal New Zealand Navy assumed command of Combined Task Force (CTF) 152 from the French Navy during a \
            ceremony in Bahrain, Jan. 12.

            Commodore Rodney Tefft of New Zealand relieved French Navy Capt. Jean Dupont, who had led the task force \
            since July.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2023-12-04"), null, "en", Map.of()), "0"));

    private static boolean leads(String country, String start, String end) {
        return FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals(country)
                && String.valueOf(l.start()).equals(start) && String.valueOf(l.end()).equals(end));
    }

    private static boolean commands(String officer, String start, String end) {
        return FACTS.stream().anyMatch(f -> f instanceof CommandTenure c && c.commander().label().equals(officer)
                && String.valueOf(c.start()).equals(start) && String.valueOf(c.end()).equals(end));
    }

    private static boolean sends(String country, long count) {
        return FACTS.stream().anyMatch(f -> f instanceof TroopContribution t && t.country().label().equals(country)
                && t.count() == count);
    }

    @Test
    void aNavyWhoseNameHoldsACountryOfTwoWordsAndATaskForceNamedWithItsAcronymInBrackets() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals("New Zealand")
                && l.mission().label().equals("Combined Task Force 152") && String.valueOf(l.start()).equals("2023-01-12")),
                FACTS.toString());
        // "relieved French Navy Capt. Jean Dupont": a demonym and a service before the rank
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof CommandTenure c && c.commander().label().equals("Rodney Tefft")),
                FACTS.toString());
    }

    @Test
    void aNationalDetachmentTakesTheLeadForItsCountry() {
        assertTrue(leads("Hungary", "2023-12-01", "null"), FACTS.toString());
        assertTrue(leads("Spain", "null", "2023-12-01"), FACTS.toString());
    }

    @Test
    void theCountryHandingOverLedSinceItsRelativeClausesDate() {
        assertTrue(leads("Spain", "2023-04", "2023-12-01"), FACTS.toString()); // the lede's day stands in for the undated handover
    }

    @Test
    void aServiceNamedWithoutItsCountryCountsForItsCountry() {
        assertTrue(sends("Germany", 300), FACTS.toString());
        assertTrue(sends("United Kingdom", 150), FACTS.toString());
    }

    @Test
    void aSecondCountInTheSentenceKeepsItsCatchAllReading() {
        // "will send 40 airmen" is read by a worded rule; "has about 90 sailors" only by the catch-all one
        assertTrue(sends("Germany", 40), FACTS.toString());
        assertTrue(sends("United Kingdom", 90), FACTS.toString());
    }

    @Test
    void aNationalDetachmentTakesOverFromAnother() {
        assertTrue(leads("Italy", "2023-11-28", "null"), FACTS.toString());
        assertTrue(leads("Spain", "null", "2023-11-28"), FACTS.toString());
    }

    @Test
    void commandTurnedOverPassesFromOneOfficerToTheOther() {
        assertTrue(commands("Bo Jensen", "2023-11-30", "null"), FACTS.toString());
        assertTrue(commands("Ann Marsh", "null", "2023-11-30"), FACTS.toString());
    }

    @Test
    void aDemonymInAppositionToAnOfficerIsThatOfficer() {
        assertTrue(commands("Tom Reed", "2023-03", "null"), FACTS.toString());
        assertFalse(FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals("Australia")),
                FACTS.toString());
    }
}
