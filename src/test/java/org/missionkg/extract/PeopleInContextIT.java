package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.RoleHolding;

/**
 * People the tagger or the sentence leaves unnamed, read through the whole extractor (CoreNLP
 * included): a description that points back to the officer last named with its rank, and a name
 * after a rank that the tagger took for a place.
 */
class PeopleInContextIT {
    private static List<CommandTenure> commands(String body) {
        Article a = new Article("people", "People in context", body,
                new ArticleMeta(null, null, null, FuzzyDate.parse("2023-06-15"), null, "en", Map.of()), "0");
        List<Fact> facts = NlpHolder.extractor().extract(a);
        return facts.stream().filter(f -> f instanceof CommandTenure).map(f -> (CommandTenure) f).toList();
    }

    @Test
    void aRankedDescriptionIsTheOfficerLastNamedWithThatRankNotTheCivilianJustNamed() {
        List<CommandTenure> found = commands("""
                UNMISS stepped up patrols in Upper Nile this week.

                The mission's force commander, Lieutenant General Mohan Subramanian, visited Malakal on Tuesday.

                The head of the mission, Nicholas Haysom, welcomed the move.

                The Indian general, who has led the force since June 2022, said more troops were needed.
                """);
        CommandTenure since = found.stream().filter(c -> c.start() != null).findFirst().orElseThrow();
        assertEquals("Mohan Subramanian", since.commander().label());
        assertEquals(FuzzyDate.parse("2022-06"), since.start());
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonWhenItOpensASentence() {
        // "Park" at the head of the sentence is no name to the tagger; the article named Colonel Park Min-jae.
        List<CommandTenure> found = commands("""
                Colonel Park Min-jae took command of South Korea's Hanbit Unit in Bor last Thursday.

                Park succeeds Colonel Lim Hyun-sik, who had led the twelfth contingent since September.
                """);
        assertTrue(found.stream().anyMatch(c -> c.commander().label().equals("Lim Hyun-sik") && c.end() != null),
                found.toString());
    }

    @Test
    void aNameTheTaggerSplitsAtALowerCaseParticleIsOnePerson() {
        Article a = new Article("people", "People in context",
                "Defence Minister Fernando Azevedo e Silva said on Saturday that troops would go.\n",
                new ArticleMeta(null, null, null, FuzzyDate.parse("2019-08-26"), null, "en", Map.of()), "0");
        List<String> holders = NlpHolder.extractor().extract(a).stream()
                .filter(f -> f instanceof RoleHolding).map(f -> ((RoleHolding) f).person().label()).toList();
        assertEquals(List.of("Fernando Azevedo e Silva"), holders);
    }

    @Test
    void aNameAfterARankIsAPersonEvenWhereTheTaggerSawAPlace() {
        List<CommandTenure> found = commands("""
                UNMISS stepped up patrols in Upper Nile this week.

                Major General Lee, who took over in 2020, will hand over to Major General Park in June.
                """);
        assertTrue(found.stream().anyMatch(c -> c.commander().label().equals("Park")),
                "the successor is a commander: " + found);
    }

    @Test
    void aGovernorIsTheGovernorOfThePlaceNamedWithTheTitle() {
        Article a = new Article("people", "People in context", """
                Borno State Governor Babagana Zulum welcomed the soldiers of Operation Hadin Kai on Monday.

                California's governor, Jerry Brown, said his state would send 400 Guard members.
                """, new ArticleMeta(null, null, null, FuzzyDate.parse("2023-06-15"), null, "en", Map.of()), "0");
        List<RoleHolding> roles = NlpHolder.extractor().extract(a).stream()
                .filter(f -> f instanceof RoleHolding).map(f -> (RoleHolding) f).toList();
        assertTrue(roles.stream().anyMatch(r -> r.person().label().equals("Babagana Zulum")
                && r.organization().label().contains("Borno")), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.person().label().equals("Jerry Brown")
                && r.organization().label().equals("California")), roles.toString());
    }

    @Test
    void theForceACommanderCommandsIsTheSubjectOfTheSentenceBeforeNotTheMissionItTookOverFrom() {
        // "the force" follows, in the same paragraph, a sentence about the new operation that names last the one it replaced
        List<CommandTenure> found = commands("""
                The European Union's naval mission off the coast ends today.

                31 March: Operation Bluewater takes over from NATO's Operation Allied Harbour. Spain is the framework nation, \
                and Spanish Rear Admiral Luis Ortega Pardo commands the force.
                """);
        assertEquals(List.of("Operation Bluewater"), found.stream().filter(c -> c.commander().label().equals("Luis Ortega Pardo"))
                .map(c -> c.mission().label()).toList(), found.toString());
    }
}
