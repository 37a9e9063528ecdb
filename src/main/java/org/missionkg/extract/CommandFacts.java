package org.missionkg.extract;

import static org.missionkg.extract.MatchDates.at;
import static org.missionkg.extract.MatchDates.date;
import static org.missionkg.extract.MatchDates.ownSince;
import static org.missionkg.extract.MatchGroups.boundDate;
import static org.missionkg.extract.MatchGroups.country;
import static org.missionkg.extract.MatchGroups.declares;
import static org.missionkg.extract.MatchGroups.isPerson;
import static org.missionkg.extract.MatchGroups.slot;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;

/**
 * Who is in charge of a mission, from a surface rule's match: a person's command ({@code command}
 * rules: new, old and current commander, a civilian head of mission) or a country's lead
 * ({@code lead} rules), and the handover between them. An undated change near the top of the
 * story takes the lede's day, which the caller passes as {@code standIn}.
 */
final class CommandFacts {
    private CommandFacts() {
    }

    private static final Pattern COMMAND_WORD = Pattern.compile("(?i)\\bcommand");
    private static final Pattern HEAD_WORD = Pattern.compile("(?i)\\b(?:head|chief)\\b");

    static List<Fact> command(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission, FuzzyDate standIn,
                               String standInSource, boolean civilian) {
        List<Fact> out = new ArrayList<>();
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return out;
        }
        Slot newer = slot(m, v, "new");
        Slot older = slot(m, v, "old");
        Slot current = slot(m, v, "cmd");
        FuzzyDate at = declares(m, "when") ? boundDate(m, v) : at(m, v, newer != null ? newer : older,
                newer != null ? older : null);
        if (at == null && newer != null) {
            at = date(m, v, EnumSet.of(DateRole.FROM)); // "will take over with effect from Aug. 19, replacing Y"
        }
        if (at == null && standIn != null && newer != null) {
            at = standIn; // "X replaced Y as commander", no date in the sentence, in the lede: the lede's day
            p = p.withDateSource(standInSource);
        }
        if (newer != null && isPerson(newer)) {
            out.add(civilian && newer.rank() == null ? new RoleHolding(newer.entity(), "head of mission", mission, p)
                    : new CommandTenure(newer.entity(), mission, newer.rank(), at, null, p));
        }
        if (older != null && isPerson(older)) {
            out.add(civilian && older.rank() == null ? new RoleHolding(older.entity(), "head of mission", mission, p)
                    : new CommandTenure(older.entity(), mission, older.rank(), newer != null ? ownSince(v, older) : null,
                    newer != null ? at : at(m, v, older), p));
        }
        String said = titleWords(m, v);
        if (current != null && isPerson(current) && current.rank() == null
                && (civilian || !COMMAND_WORD.matcher(said).find())) {
            // "the head of the mission, Bintou Keita": a head or chief with no military rank is the
            // civilian head of mission (a UN special representative), not its commander; a bare
            // "leader" with no rank ("Turkish Cypriot leader X") leads something else.
            if (civilian || HEAD_WORD.matcher(said).find()) {
                out.add(new RoleHolding(current.entity(), "head of mission", mission, p));
            }
            return out;
        }
        if (current != null && isPerson(current)) {
            FuzzyDate start = rule.has(Rule.AT_IS_START) ? at : date(m, v, EnumSet.of(DateRole.SINCE, DateRole.FROM));
            FuzzyDate end = rule.has(Rule.AT_IS_END) ? at : date(m, v, EnumSet.of(DateRole.UNTIL));
            out.add(new CommandTenure(current.entity(), mission, current.rank(), start, end, p));
        }
        if (rule.has(Rule.HANDOVER) && newer != null && isPerson(newer)) {
            String note = older != null && isPerson(older) ? "from " + older.entity().label() : null;
            out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer.entity(), note, p));
        }
        return out;
    }

    /** The match's words with its command titles written out: "⟦K0⟧, ⟦P1⟧" says "head of the mission" in its title slot. */
    static String titleWords(Matcher m, SentenceView v) {
        StringBuilder words = new StringBuilder(m.group());
        for (Slot k : v.slotsIn(m.start(), m.end(), SlotType.COMMAND_ROLE)) {
            words.append(' ').append(k.text());
        }
        return words.toString();
    }

    static List<Fact> lead(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission, FuzzyDate standIn,
                            String standInSource) {
        List<Fact> out = new ArrayList<>();
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return out;
        }
        EntityRef newer = country(slot(m, v, "new"));
        EntityRef older = country(slot(m, v, "old"));
        EntityRef current = country(slot(m, v, "country"));
        Slot subject = slot(m, v, "new") != null ? slot(m, v, "new") : slot(m, v, "old");
        FuzzyDate at = subject == null ? date(m, v, EnumSet.of(DateRole.AT))
                : date(m, v, EnumSet.of(DateRole.AT), v.viewPosition(subject));
        if (at == null && slot(m, v, "new") != null) {
            at = date(m, v, EnumSet.of(DateRole.FROM, DateRole.SINCE)); // "will lead the mission from May 2022"
        }
        if (declares(m, "when")) {
            at = boundDate(m, v);
        }
        if (at == null && standIn != null && slot(m, v, "new") != null) {
            at = standIn; // "Denmark took over the lead from Canada", undated, in the lede
            p = p.withDateSource(standInSource);
        }
        if (newer != null) {
            out.add(new Leadership(newer, mission, at != null || declares(m, "when") ? at
                    : date(m, v, EnumSet.of(DateRole.SINCE)), null, p));
        }
        if (older != null) {
            out.add(new Leadership(older, mission, null, at, p));
        }
        if (current != null) {
            FuzzyDate start = rule.has(Rule.AT_IS_START) && at != null ? at
                    : date(m, v, EnumSet.of(DateRole.SINCE, DateRole.FROM));
            FuzzyDate end = rule.has(Rule.AT_IS_END) ? at : date(m, v, EnumSet.of(DateRole.UNTIL));
            out.add(new Leadership(current, mission, start, end, p));
        }
        if (rule.has(Rule.HANDOVER) && newer != null) {
            String note = older != null ? "from " + older.label() : null;
            out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer, note, p));
        }
        return out;
    }
}
