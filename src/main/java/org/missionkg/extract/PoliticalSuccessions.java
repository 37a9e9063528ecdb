package org.missionkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.RoleHolding;

/**
 * A succession told of a government's office is no change of a mission's command: "Defence Minister X, who replaced Y
 * in June, visited the force on Monday" says who holds the ministry, and the succession rules, which read "X replaced
 * Y" wherever a mission is in the sentence, made X and Y the force's commanders. Where the same sentence gives the
 * person a minister's or a secretary's office, the commands and the hand-over read from that match (the same rule at
 * the same words) and any hand-over to that person are dropped; the office stays a role, and the one replaced held it
 * before. A chief of defence or a force's own officer holds a military office and keeps the command.
 */
final class PoliticalSuccessions {
    /**
     * Offices of a government, never of a mission's command: a minister's or a secretary's ("Defence Secretary"), not a
     * secretary-general's nor the special representative's who heads a mission for one. A president, a governor or a
     * king may also head a force or a mission's council, and stay as the rules read them.
     */
    private static final Pattern POLITICAL = Pattern.compile(
            "(?i)^(?!.*\\b(?:representative|envoy|general)\\b).*\\b(?:minister|secretary)\\b");

    private PoliticalSuccessions() {
    }

    /**
     * The sentence's facts without the commands and hand-overs a political office's succession gave, and with the one
     * replaced in that office ("who replaced Y") holding it too: the office passed from Y. The offices the article gave
     * before ({@code before}) count too: "Defence Minister Celso Amorim signed the agreement. ... Amorim, who replaced
     * Nelson Jobim in August, visited the station" names the office sentences before the succession.
     */
    static List<Fact> dropped(List<Fact> sentenceFacts, List<Fact> before) {
        Map<String, RoleHolding> politicians = new HashMap<>();
        for (List<Fact> facts : List.of(before, sentenceFacts)) {
            for (Fact f : facts) {
                if (f instanceof RoleHolding r && POLITICAL.matcher(r.role()).find()) {
                    // the fullest reading of the office: "Minister of Defence" over the bare "minister"
                    politicians.merge(r.person().key(), r, (a, b) -> b.role().length() > a.role().length() ? b : a);
                }
            }
        }
        if (politicians.isEmpty()) {
            return sentenceFacts;
        }
        Map<String, RoleHolding> offices = new HashMap<>();
        for (Fact f : sentenceFacts) {
            if (f instanceof CommandTenure c && politicians.containsKey(c.commander().key())) {
                offices.putIfAbsent(matchOf(f), politicians.get(c.commander().key()));
            }
        }
        List<Fact> out = new ArrayList<>();
        Set<String> holders = new HashSet<>();
        for (Fact f : sentenceFacts) {
            if (f instanceof RoleHolding r) {
                holders.add(r.person().key() + "|" + r.role());
            }
        }
        for (Fact f : sentenceFacts) {
            RoleHolding office = offices.get(matchOf(f));
            if (f instanceof CommandTenure c && office != null) {
                if (!politicians.containsKey(c.commander().key()) && holders.add(c.commander().key() + "|" + office.role())) {
                    out.add(new RoleHolding(c.commander(), office.role(), office.organization(), c.provenance()));
                }
                continue;
            }
            if (f instanceof MissionEvent e && e.type() == EventType.HANDOVER
                    && (office != null || e.agent() != null && politicians.containsKey(e.agent().key()))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The rule and the words a fact was read from. */
    private static String matchOf(Fact f) {
        return f.provenance().rule() + "@" + f.provenance().evidence().start() + "-" + f.provenance().evidence().end();
    }
}
