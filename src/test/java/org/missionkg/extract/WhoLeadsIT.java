package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Leadership;
import org.missionkg.model.TroopContribution;

/**
 * Who leads a mission told by "X-led", and whose a count is (an alliance's members are states; a count of a mission no
 * list knows, in a story told from one country's side, is that country's), read through the whole extractor.
 */
class WhoLeadsIT {
    private static List<Leadership> leads(String body) {
        return NlpHolder.factsOf(Leadership.class, "Who leads", "2024-08-02", body);
    }

    private static boolean led(List<Leadership> found, String country, String missionWord) {
        return found.stream().anyMatch(l -> l.country().label().equals(country) && l.mission().label().contains(missionWord));
    }

    @Test
    void aCountryBeforeANameTheGazetteerListsWithItLeadsThatMission() {
        // "Kenyan-led Multinational Security Support Mission" is one of the gazetteer's names of the mission.
        List<Leadership> found = leads("""
                Officers of the Kenyan-led Multinational Security Support Mission arrived in Port-au-Prince on Thursday.
                """);
        assertTrue(led(found, "Kenya", "Multinational Security Support"), found.toString());
    }

    @Test
    void theStorysForceToldByWhoLeadsIt() {
        List<Leadership> found = leads("""
                Operation Sangaris, a French-led force, patrols Bangui.
                """);
        assertTrue(led(found, "France", "Sangaris"), found.toString());
    }

    @Test
    void theUsLedCoalitionMentionedInPassingLeadsNothing() {
        List<Leadership> found = leads("""
                NATO Mission Iraq trains officers in Baghdad, apart from the U.S.-led coalition.
                """);
        assertTrue(found.stream().noneMatch(l -> l.country().label().equals("United States")), found.toString());
    }

    @Test
    void anAlliancesMembersAreStatesNotTroops() {
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "Members", "2021-02-19", """
                NATO Mission Iraq will grow. All 30 NATO members contribute to the mission, and about 250 Canadian \
                Armed Forces members serve in it.
                """);
        assertTrue(found.stream().noneMatch(t -> t.count() == 30), found.toString());
        assertTrue(found.stream().anyMatch(t -> t.count() == 250), found.toString());
    }

    @Test
    void aCountOfAMissionNoListKnowsIsTheCountrysTheStoryIsToldFrom() {
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "Zimbabwe's war", "2000-06-14", """
                Zimbabwe's army chief said on Tuesday that Zimbabwean troops would stay in Operation Sovereign \
                Legitimacy. Zimbabwe's government has paid for the intervention since 1998, and Zimbabwean officers \
                run its headquarters. Diplomats put the force at some 11,000 soldiers.
                """);
        assertTrue(found.stream().anyMatch(t -> t.count() == 11000 && t.country().label().equals("Zimbabwe")),
                found.toString());
    }

    @Test
    void aWordedCountOfTheWholeForceOfAMissionNoListKnowsIsTheStorysCountrysToo() {
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "Zimbabwe's war", "2000-06-14", """
                Zimbabwe's army chief said on Tuesday that Zimbabwean troops would stay in Operation Sovereign \
                Legitimacy. Zimbabwe's government has paid for the intervention since 1998, and Zimbabwean officers \
                run its headquarters. The force numbers about 2,200, officials say.
                """);
        assertTrue(found.stream().anyMatch(t -> t.count() == 2200 && t.country().label().equals("Zimbabwe")),
                found.toString());
    }

    @Test
    void aCountANationalDetachmentHasIsItsCountrys() {
        // Before, the count went to NATO, who runs the mission: the detachment that has the airmen is Spain's.
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "Air policing", "2024-05-12", """
                NATO's Baltic Air Policing changed hands on Tuesday. The Spanish detachment had eight F-18s and about \
                200 personnel.
                """);
        assertTrue(found.stream().anyMatch(t -> t.count() == 200 && t.country().label().equals("Spain")), found.toString());
    }

    @Test
    void aWholeCountOfAMissionNoListKnowsIsWhoseItsNameSays() {
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "Contingent", "2023-05-12", """
                Colonel Jan Berg took command of the Polish Military Contingent in Lebanon on Tuesday. The Polish \
                Military Contingent in Lebanon was launched in January 2021 and has about 400 troops.
                """);
        assertTrue(found.stream().anyMatch(t -> t.count() == 400 && t.country().label().equals("Poland")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.country().label().equals("Lebanon")), found.toString());
    }

    @Test
    void theTaskForceIsTheOneTheStoryNamesByItsCode() {
        // "CTF 154" is "Combined Task Force 154": the story's "the task force" is that one, though its name was
        // printed only as the code.
        List<Leadership> found = leads("""
                Captain Helen Marsh took over the training force, known in the coalition as CTF 154, at a ceremony on \
                Sunday. Britain is expected to lead the task force for a year.
                """);
        assertTrue(led(found, "United Kingdom", "Task Force 154"), found.toString());
    }

    @Test
    void aCountDrawnFromManyCountriesIsNotTheLastOnesNamed() {
        List<TroopContribution> found = NlpHolder.factsOf(TroopContribution.class, "New mission", "2024-09-12", """
                The European Union Military Assistance Mission in Mozambique came into being on Sept. 1. It has 83 \
                personnel from eleven EU countries and Serbia.
                """);
        assertTrue(found.stream().noneMatch(t -> t.country().label().equals("Serbia")), found.toString());
    }
}
