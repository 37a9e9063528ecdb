package org.missionkg.link;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.missionkg.vocab.MKG;

/**
 * How each kind of fact becomes one Wikidata statement (see also ontology/README.md, "Mapping to
 * Wikidata"):
 * <table>
 *   <caption>Claims and statements</caption>
 *   <tr><td>CommandTenure</td><td>{@code Qmission P4791 Qcommander} (commanded by), qualifiers P580/P582 from
 *       start/end, else P585 = asOf. P39 on the person would need an item for the command post, which the
 *       graph does not have; the deprecated "commander of" property is never used. The rank stays in the graph.</td></tr>
 *   <tr><td>Leadership</td><td>{@code Qmission P710 Qcountry} (participant), P580/P582 or P585; the lead role has no
 *       checked property, so the report marks it partial rather than guess one.</td></tr>
 *   <tr><td>MissionEvent</td><td>type start: {@code Qmission P580 date}; type end: {@code Qmission P582 date}; every
 *       other type (a launch is a decision, a planned end may not happen) is skipped.</td></tr>
 *   <tr><td>TroopContribution</td><td>{@code Qmission P710 Qcountry}, P585 = date, else asOf; the count has no checked
 *       property (partial).</td></tr>
 *   <tr><td>RoleHolding</td><td>{@code Qperson P39 Qrole} when the role concept (mkg:Role whose label is the claim's
 *       role) is linked to a position item, P585 = asOf; skipped otherwise.</td></tr>
 *   <tr><td>Stationing</td><td>{@code Qmission P276 Qplace} (location), P585 = asOf; whose contingent it is stays in the
 *       graph (partial when given).</td></tr>
 *   <tr><td>Statement</td><td>skipped: a quotation stays with its evidence.</td></tr>
 * </table>
 */
final class QuickStatementsMapping {
    /** Writes one claim of its kind. */
    @FunctionalInterface
    interface Kind {
        void write(QuickStatementsClaim c);
    }

    /** Per fact class, in the order a fact's class is looked up. */
    static final Map<Resource, Kind> BY_CLASS = table();

    private QuickStatementsMapping() {
    }

    private static Map<Resource, Kind> table() {
        Map<Resource, Kind> t = new LinkedHashMap<>();
        t.put(MKG.CommandTenure, c -> {
            c.statement(MKG.mission, "P4791", c.item(MKG.commander));
            c.startEnd();
        });
        t.put(MKG.Leadership, c -> {
            c.statement(MKG.mission, "P710", c.item(MKG.country));
            c.startEnd();
            c.partial("written as participant (P710): the lead role has no checked Wikidata property yet");
        });
        t.put(MKG.MissionEvent, QuickStatementsMapping::missionEvent);
        t.put(MKG.TroopContribution, QuickStatementsMapping::troopContribution);
        t.put(MKG.RoleHolding, QuickStatementsMapping::roleHolding);
        t.put(MKG.Stationing, c -> {
            c.statement(MKG.subject, "P276", c.item(MKG.place));
            c.pointInTime(MKG.asOf);
            if (c.has(MKG.country)) {
                c.partial("whose contingent is stationed ("
                        + QuickStatementsClaim.label(c.fact.getPropertyResourceValue(MKG.country)) + ") is not expressed");
            }
        });
        t.put(MKG.Statement, c -> c.skip("a quotation is not exported: it stays with its evidence in the graph"));
        return Collections.unmodifiableMap(t);
    }

    private static void missionEvent(QuickStatementsClaim c) {
        Resource type = c.fact.getPropertyResourceValue(MKG.eventType);
        String code = type == null ? "?" : type.getURI().substring(type.getURI().lastIndexOf('/') + 1);
        String property = switch (code) {
            case "start" -> "P580";
            case "end" -> "P582";
            default -> null;
        };
        if (property == null) {
            c.skip("a '" + code + "' event has no statement form among the checked properties");
            return;
        }
        WikidataTime.Conversion when = c.time(MKG.date);
        if (!when.written()) {
            c.skip("the " + code + " date " + c.text(MKG.date, "(none)") + " cannot be written: " + when.note());
            return;
        }
        c.statementWithValue(MKG.mission, property, when.value());
    }

    private static void troopContribution(QuickStatementsClaim c) {
        if (!c.has(MKG.mission)) {
            c.skip("no mission: a troop contribution is written on the mission it goes to");
            return;
        }
        c.statement(MKG.mission, "P710", c.item(MKG.country));
        c.pointInTime(c.has(MKG.date) ? MKG.date : MKG.asOf);
        c.partial("the count (" + c.text(MKG.valueText, c.text(MKG.count, "?")) + " " + c.text(MKG.counts, "troops")
                + ") has no checked Wikidata property yet");
    }

    private static void roleHolding(QuickStatementsClaim c) {
        String role = c.text(MKG.role, "");
        String roleQid = c.roleItem(role);
        if (roleQid == null) {
            c.skip("the role '" + role + "' is not linked to a Wikidata position item (link it with "
                    + "`missionkg link --accept ROLE-IRI QID`)");
            return;
        }
        c.statement(MKG.person, "P39", roleQid);
        c.pointInTime(MKG.asOf);
    }
}
