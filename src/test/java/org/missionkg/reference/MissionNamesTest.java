package org.missionkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Mission names found by their shape where the gazetteer does not list them. */
class MissionNamesTest {

    /** The names found by their shape, then those found by what the mission does (which come last, where nothing else found one). */
    private static List<String> names(String text) {
        List<GazetteerMatch> known = Gazetteer.bundled().scan(text);
        List<GazetteerMatch> merged = MissionNames.merge(text, known);
        return java.util.stream.Stream.concat(MissionNames.unlisted(text, known).stream(),
                        MissionNames.byKind(text, merged).stream().filter(m -> !merged.contains(m)))
                .map(m -> m.label() + " -> " + m.entity().key()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Canada extended Operation NORTHERN LANTERN until 2026.|Operation NORTHERN LANTERN -> operation-northern-lantern",
            "Troops served in Operation Quiet Harbour in 2002.|Operation Quiet Harbour -> operation-quiet-harbour",
            "He led Task Force Latvia from January.|Task Force Latvia -> task-force-latvia",
            "Joint Task Force-Iraq moved its headquarters.|Joint Task Force Iraq -> joint-task-force-iraq",
            "The last soldiers of Task Group Taji left the base.|Task Group Taji -> task-group-taji",
            "Joint Task Force 505 was deactivated on Sunday.|Joint Task Force 505 -> joint-task-force-505",
            "Ships of Task Group 55.1 sailed.|Task Group 55.1 -> task-group-55-1",
            // a task force by its code is the task force written out, as the gazetteer lists the known ones
            "Commodore Ann Lind took command of CTF-158 on Sunday.|Combined Task Force 158 -> combined-task-force-158",
            "JTF 510 flew relief flights.|Joint Task Force 510 -> joint-task-force-510",
            "The staff of CJTF 905 moved.|Combined Joint Task Force 905 -> combined-joint-task-force-905",
            "About 200 aviators make up Air Task Force-Romania.|Air Task Force Romania -> air-task-force-romania",
            "The EU Training Mission in Ruritania trains recruits.|EU Training Mission in Ruritania -> eu-training-mission-in-ruritania",
            "Operation Lantern Iraq reached Kyiv.|Operation Lantern -> operation-lantern",
            "Under Operation REASSURANCE and Operation HALYARD the forces deployed.|Operation HALYARD -> operation-halyard",
            "British troops on Op Tellar flew home.|Operation Tellar -> operation-tellar",
            // a yearly phase of an operation is that operation
            "Operation Northern-Tundra, which began on Aug. 7, was suspended.|Operation Northern -> operation-northern",
            // a possessive or a closing quotation mark is not part of the name; an apostrophe inside a word is
            "Operation Quiet Harbour's trainers flew home.|Operation Quiet Harbour -> operation-quiet-harbour",
            "The trainers of Operation Silver Kettle’s second rotation landed.|Operation Silver Kettle -> operation-silver-kettle",
            "U.S. military ends 'Operation Friend' relief mission|Operation Friend -> operation-friend",
            "Troops of Operation O'Leary Shield sailed.|Operation O'Leary Shield -> operation-o-leary-shield",
            // named by what it does, whoever's it is, with where or a place-like word in the name
            "The SADC Standby Force Mission in Ruritania grew.|SADC Standby Force Mission in Ruritania -> sadc-standby-force-mission-in-ruritania",
            "He led the African Union Transition Mission in Ruritania.|African Union Transition Mission in Ruritania -> african-union-transition-mission-in-ruritania",
            "Monitors of the OSCE Special Monitoring Mission to Ruritania left.|OSCE Special Monitoring Mission to Ruritania -> osce-special-monitoring-mission-to-ruritania",
            "The Northern Sea Monitoring Mission reported calm.|Northern Sea Monitoring Mission -> northern-sea-monitoring-mission",
            "Italy runs a Bilateral Support Mission in the Republic of Ruritania.|Bilateral Support Mission in the Republic of Ruritania -> bilateral-support-mission-in-the-republic-of-ruritania",
    })
    void namesByShape(String text, String expected) {
        assertEquals(List.of(expected), names(text));
    }

    @Test
    void aTaskForcesCodeIsTheTaskForceTheArticleWritesOut() {
        assertEquals(List.of("Task Force 473 -> task-force-473", "Task Force 473 -> task-force-473"),
                names("The carrier group, Task Force 473, sailed. CTF 473 is led by France."));
    }

    @Test
    void aNameEndsAtALineBreak() {
        // a headline's last name, then the first paragraph: "Australia's" is no part of the name
        assertEquals(List.of("Operation Northern Lantern -> operation-northern-lantern"),
                names("Ten years of Operation Northern Lantern\n\nAustralia's largest standing operation turns ten."));
        assertEquals(List.of("Task Force Ruritania -> task-force-ruritania"),
                names("Inside Task Force Ruritania\nMonday brought rain."));
    }

    @Test
    void aTaskForceNamedAfterItsOperationIsTheOperation() {
        // Nigeria's "Joint Task Force Operation X": the task force is the operation's, and the operation's
        // name has three words, which the task-force shape (two words) would cut short.
        assertEquals(List.of("Operation Quiet Harbour -> operation-quiet-harbour"),
                names("The army relaunched it as Joint Task Force Operation Quiet Harbour on Friday."));
    }

    @Test
    void gazetteerNamesAndOrdinaryWordsAreLeftAlone() {
        assertEquals(List.of(), names("Operation IMPACT and Operation Inherent Resolve go on."), "listed in the gazetteer");
        assertEquals(List.of(), names("The operation in Iraq ended. Operation In Iraq was the headline."));
        assertEquals(List.of(), names("NATO Mission Iraq grew; the NATO mission in Iraq is large."));
        assertEquals(List.of(), names("Operation continued on Monday."));
        assertEquals(List.of(), names("The EU Operation Commander is at the Operation Headquarters in Larissa."));
    }

    @Test
    void aKindAloneNamesNoMission() {
        // which mission, a kind alone does not say; a diplomats' or a space mission is none; a listed one stays listed
        assertEquals(List.of(), names("The Training Mission trains recruits; the EU Training Mission grew."));
        assertEquals(List.of(), names("The Permanent Mission to Ruritania and the Apollo Support Mission met."));
    }

    @Test
    void aNameByWhatItDoesThatTheTextSaysIsAListedMissionIsThatMission() {
        assertEquals(List.of("EUBAM Rafah -> eubam-rafah"),
                names("Gaza police\n\nThe Ruritanian Police Training Mission in Gaza, known as EUBAM Rafah, grew.\n\nIt trains police."));
    }

    @Test
    void theWordForAnOperationInItsOwnLanguageNamesAnOperation() {
        assertEquals(List.of("Operation Vespri Siciliani -> operation-vespri-siciliani"),
                names("The first troops of Operazione Vespri Siciliani landed at Palermo."));
        assertEquals(List.of("Operation Centinela Gallego -> operation-centinela-gallego"),
                names("About 400 soldiers take part in Operación Centinela Gallego."));
    }

    @Test
    void aBodySetUpToWatchATruceIsAMissionButChinasMilitaryCommissionIsNone() {
        assertEquals(List.of("Joint Military Commission -> joint-military-commission"),
                names("Kvalvik chairs the Joint Military Commission, the body that the ceasefire set up."));
        assertEquals(List.of("Ceasefire Commission in Ruritania -> ceasefire-commission-in-ruritania"),
                names("The Ceasefire Commission in Ruritania met on Monday."));
        assertEquals(List.of(), names("The Central Military Commission met in Beijing."));
        assertEquals(List.of(), names("The Police Service Commission and the European Commission met."));
        assertEquals(List.of(), names("The Military Commission met."), "which one, the name does not say");
    }

    @Test
    void anOrganisationsMissionForAPlaceOfSeveralWordsIsNamedWhole() {
        assertEquals(List.of("African Union Mission for the Central African Republic and Central Africa -> "
                        + "african-union-mission-for-the-central-african-republic-and-central-africa"),
                names("The African Union Mission for the Central African Republic and Central Africa began work."));
        assertEquals(List.of("UN Mission in Upper Ruritania -> un-mission-in-upper-ruritania"),
                names("The UN Mission in Upper Ruritania Force Commander spoke."), "a title after the place is no part of it");
        assertEquals(List.of("EUBAM Rafah -> eubam-rafah"),
                names("The EU Border Assistance Mission for the Rafah Crossing Point, known as EUBAM Rafah, was set up in 2005."),
                "the name the text gives it as another's is the listed mission's");
    }

    @Test
    void aMechanismSetUpToVerifyATruceIsAMissionButAFinancialOneIsNone() {
        assertEquals(List.of("Expanded Joint Verification Mechanism -> expanded-joint-verification-mechanism"),
                names("Officers of the Expanded Joint Verification Mechanism visited the border on Monday."));
        assertEquals(List.of("Joint Border Verification and Monitoring Mechanism -> joint-border-verification-and-monitoring-mechanism"),
                names("The Joint Border Verification and Monitoring Mechanism opened a base."));
        assertEquals(List.of(), names("The European Stability Mechanism lent more money."));
    }

    @Test
    void aPlaceOfTwoNamesAndAKindOfTwoWordsStayInTheName() {
        assertEquals(List.of("EU Training Mission in Bosnia and Herzegovina -> eu-training-mission-in-bosnia-and-herzegovina"),
                names("He took command of the EU Training Mission in Bosnia and Herzegovina on Tuesday."));
        assertEquals(List.of("African Union Mission to the Comoros -> african-union-mission-to-the-comoros"),
                names("He took command of the African Union Mission to the Comoros on Tuesday."));
        assertEquals(List.of("Ceasefire Monitoring and Verification Mission in Ruritania -> "
                        + "ceasefire-monitoring-and-verification-mission-in-ruritania"),
                names("He took command of the Ceasefire Monitoring and Verification Mission in Ruritania on Tuesday."));
    }
}
