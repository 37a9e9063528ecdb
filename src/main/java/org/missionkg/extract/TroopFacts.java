package org.missionkg.extract;

import static org.missionkg.extract.MatchDates.date;
import static org.missionkg.extract.MatchGroups.country;
import static org.missionkg.extract.MatchGroups.slot;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Provenance;
import org.missionkg.model.TroopContribution;

/**
 * A troop count from a surface rule's match: how many (the {@code num} group, and {@code from} for
 * a change), of what (troops, trainers, special forces, from the matched words), whose (the bound
 * country, the force's own name, who runs the mission for a count of the whole, else the country
 * the sentence or article is about), and for which mission.
 */
final class TroopFacts {
    private final NameAffiliations names;

    TroopFacts(NameAffiliations names) {
        this.names = names;
    }

    List<Fact> count(Rule rule, Matcher m, SentenceView v, Provenance p, ArticleContext ctx,
                     EntityRef boundMission, EntityRef sentenceMission) {
        Slot num = slot(m, v, "num");
        if (num == null || num.number() == null || num.number() < 2) {
            return List.of();
        }
        EntityRef country = country(slot(m, v, "country"));
        Slot force = slot(m, v, "org");
        if (rule.has(Rule.MISSION_WIDE)) {
            if (boundMission == null && sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION) {
                boundMission = sentenceMission;
            }
            // Who runs the mission, as its names or the gazetteer say; a mission without a parent
            // organisation (the MFO, RAMSI) or unknown to the gazetteer counts as itself.
            country = boundMission == null ? null : wholeCountedFor(boundMission, names.countedFor(boundMission));
        } else if (country == null && force != null) {
            // "250 Canadian Armed Forces members": the force's own name says whose they are;
            // "NATO will send 600 troops": an organisation counts for the mission it runs.
            EntityRef target = boundMission != null ? boundMission
                    : sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION ? sentenceMission : null;
            country = names.nationality(force);
            if (country == null && force.entity() != null && target != null && force.entity().sameAs(names.owner(target))) {
                country = force.entity();
            }
            // The host country's own forces ("Iraqi Security Forces") are not a contribution.
            if (country == null || target != null && country.kind() == EntityKind.COUNTRY
                    && target.label().toLowerCase(Locale.ROOT).contains(country.label().toLowerCase(Locale.ROOT))) {
                return List.of();
            }
        }
        if (country == null) {
            List<Slot> before = v.slotsIn(0, m.end(), SlotType.COUNTRY, SlotType.DEMONYM);
            // "It leads the brigade there and plans to raise its contribution": "it" is the country
            // the sentence before was about ("Canada has about 1,000 troops in Latvia").
            boolean pronoun = v.text().matches("(?is)^\\W*(?:it|they|its|their)\\b.*");
            country = !before.isEmpty() ? before.get(before.size() - 1).entity()
                    : pronoun && ctx.recentCountry() != null ? ctx.recentCountry() : ctx.facts().focusCountry();
        }
        if (country == null) {
            return List.of();
        }
        Slot from = slot(m, v, "from");
        EntityRef mission = boundMission;
        if (mission == null) {
            List<Slot> ms = v.slotsIn(0, v.text().length(), SlotType.MISSION);
            mission = ms.isEmpty() ? null : ms.get(0).entity();
        }
        if (mission == null && sentenceMission != null && sentenceMission.kind() == EntityKind.MISSION) {
            // "France contributes around 150 troops to the force": the mission the sentence is about.
            mission = sentenceMission;
        }
        String counts = counts(m.group());
        FuzzyDate when = date(m, v, EnumSet.of(DateRole.AT));
        return List.of(new TroopContribution(country, mission, num.number(), num.qualifier(), counts,
                from == null ? null : from.number(), from == null ? null : from.qualifier(), when, p));
    }

    /**
     * Whom a count of a whole mission is counted for: who runs it ({@code runBy}, as the caller's
     * reading of its names or the gazetteer says), else, when nobody is known to, the mission
     * itself: a mission the gazetteer does not know ("the force counted about 7,000 soldiers" in a
     * story on Operation Alba) has its total as its own. Null when {@code whole} is no mission.
     * The surface rules and the grammar layer ({@link GrammarTroopCounts}) both ask here, so the
     * rule is written once; each finds {@code runBy} its own way.
     */
    static EntityRef wholeCountedFor(EntityRef whole, EntityRef runBy) {
        if (runBy != null) {
            return runBy;
        }
        return whole != null && whole.kind() == EntityKind.MISSION ? whole : null;
    }

    private static String counts(String matched) {
        String t = matched.toLowerCase(Locale.ROOT);
        if (t.contains("special forces") || t.contains("special operations")) {
            return "special forces";
        }
        if (t.contains("trainer") || t.contains("instructor") || t.contains("advis")) {
            return "trainers";
        }
        return "troops";
    }
}
