package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.model.RoleHolding;

/** Offices of a mission's own staff, and offices of the other party, read through the whole extractor (CoreNLP included). */
class StaffAndOtherPartyRolesIT {
    private static final String STAFF = """
            Colonel Ann Smith took command of Operation Quiet Harbour on Thursday.

            Its chief of staff, Colonel Bo Lind, said the aircraft would fly every day.
            """;

    private static String organisationOf(List<RoleHolding> roles, String person) {
        return roles.stream().filter(r -> r.person().label().equals(person)).map(r -> r.organization().label())
                .findFirst().orElse(null);
    }

    @Test
    void itsChiefOfStaffHoldsAnOfficeInTheMissionNotItsCommand() {
        List<Fact> facts = NlpHolder.factsOf(Fact.class, "New commander", "2015-06-20", STAFF);
        List<RoleHolding> roles = facts.stream().filter(RoleHolding.class::isInstance).map(RoleHolding.class::cast).toList();
        assertEquals("Operation Quiet Harbour", organisationOf(roles, "Bo Lind"), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f instanceof CommandTenure c && c.commander().label().equals("Bo Lind")),
                facts.toString());
    }

    @Test
    void officesNamedAsTheOtherPartyAreNotTheActingCountrys() {
        List<RoleHolding> roles = NlpHolder.factsOf(RoleHolding.class, "Aid convoys", "1991-09-20", """
                Italian soldiers of Operation Quiet Harbour began driving food convoys on Thursday.

                Foreign Minister Gianni Verdi said Italy had acted at the request of President Ramiz Alia and Prime Minister Ylli Bufi.
                """);
        assertTrue(roles.stream().noneMatch(r -> r.person().label().equals("Ylli Bufi") && r.organization() != null
                && r.organization().label().equals("Italy")), roles.toString());
    }

    @Test
    void theCommanderOfSomethingElseIsNotTheMissionsCommander() {
        List<CommandTenure> commands = NlpHolder.factsOf(CommandTenure.class, "Trainers stay", "2024-11-20", """
                Italy extended Operation Quiet Harbour on Tuesday.

                The vote did not settle the dispute with Anjouan's leader, Colonel Mohamed Bacar.

                The 101st's commander, Maj. Gen. Gary Volesky, will return to Fort Campbell.

                The operation's commander, Colonel Ann Smith, said the courses would go on.
                """);
        assertTrue(commands.stream().noneMatch(c -> c.commander().label().equals("Mohamed Bacar")
                || c.commander().label().equals("Gary Volesky")), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.commander().label().equals("Ann Smith")), commands.toString());
    }

    @Test
    void aCountryInWhatTheHolderSaidIsNotWhoseOfficeItIs() {
        List<RoleHolding> roles = NlpHolder.factsOf(RoleHolding.class, "Aid convoys", "1991-09-20", """
                Italian soldiers of Operation Quiet Harbour began driving food convoys in Durres on Thursday.

                Defence Minister Mario Ferri said the soldiers would stay "as long as Albania needs bread and not a day longer".
                """);
        assertTrue(roles.stream().noneMatch(r -> r.person().label().equals("Mario Ferri") && r.organization() != null
                && r.organization().label().equals("Albania")), roles.toString());
    }
}
