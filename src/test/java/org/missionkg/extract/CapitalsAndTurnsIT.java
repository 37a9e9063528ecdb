package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.Stationing;
import org.missionkg.model.TroopContribution;

/**
 * Governments named by their capitals, and leads told as turns, read through the whole extractor (CoreNLP included):
 * "Rome will take over the lead ... from Athens", "Berlin has deployed about 240 sailors", "command alternates between
 * Italy and Greece", "Italy provides the operation commander", "is due to take over", "remain in charge of it",
 * "will resume the lead", "with Britain and France sharing the lead", "will be run by U.S. Central Command".
 */
class CapitalsAndTurnsIT {
    private static final List<Fact> FACTS = NlpHolder.extractor().extract(new Article("capitals", "Naval force changes hands", """
            Rome will take over the lead of Operation Sea Guardian from Athens in June, diplomats said on Friday.

            Berlin has deployed about 240 sailors to Operation Sea Guardian.

            Italy provides the operation commander and the headquarters of Operation Irini, while Greece provides the \
            deputy commander.

            Command of Operation Irini's flagship alternates between Italy and Greece every six months.

            Spain now leads Combined Task Force 150. Portugal is due to take over in September.

            Malaysia will remain in charge of Combined Task Force 151.

            The headquarters of Combined Task Force 151 is based in Rome.

            Argentina will resume the lead of Combined Task Force 152 in June.

            Combined Task Force 153 was set up in April, with Britain and France sharing the lead.

            Combined Task Force 154 will be run by U.S. Central Command.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2024-03-15"), null, "en", Map.of()), "0"));

    private static boolean leads(String country, String mission) {
        return FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals(country)
                && l.mission().label().contains(mission));
    }

    private static boolean leads(String country, String mission, String start, String end) {
        return FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals(country)
                && l.mission().label().contains(mission) && String.valueOf(l.start()).equals(start)
                && String.valueOf(l.end()).equals(end));
    }

    @Test
    void aCapitalTakingOverTheLeadIsItsCountryAndSoIsTheCapitalHandingItOver() {
        assertTrue(leads("Italy", "Sea Guardian", "2024-06", "null"), FACTS.toString());
        assertTrue(leads("Greece", "Sea Guardian", "null", "2024-06"), FACTS.toString());
    }

    @Test
    void aCapitalSendingTroopsIsItsCountry() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof TroopContribution t && t.country().label().equals("Germany")
                && t.count() == 240), FACTS.toString());
    }

    @Test
    void aCapitalWhereSomethingIsStaysTheCity() {
        assertFalse(leads("Italy", "151"), FACTS.toString());
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof Stationing s && s.place().label().equals("Rome")), FACTS.toString());
    }

    @Test
    void theCountryThatProvidesTheCommanderLeadsButNotTheOneThatProvidesTheDeputy() {
        assertTrue(leads("Italy", "Irini"), FACTS.toString());
        assertFalse(FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals("Greece")
                && l.provenance().evidence().exact().contains("deputy")), FACTS.toString());
    }

    @Test
    void everyCountryOfATurnLeads() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof Leadership l && l.country().label().equals("Greece")
                && l.provenance().evidence().exact().contains("alternates between Italy and Greece")), FACTS.toString());
    }

    @Test
    void aLeadResumedSharedOrRunByANationalCommandIsTheCountrys() {
        assertTrue(leads("Argentina", "152", "2024-06", "null"), FACTS.toString());
        assertTrue(leads("United Kingdom", "153"), FACTS.toString());
        assertTrue(leads("France", "153"), FACTS.toString());
        assertTrue(leads("United States", "154"), FACTS.toString());
    }

    @Test
    void aCountryDueToTakeOverAndOneRemainingInChargeLead() {
        assertTrue(leads("Portugal", "150", "2024-09", "null"), FACTS.toString());
        assertTrue(leads("Malaysia", "151"), FACTS.toString());
    }
}
