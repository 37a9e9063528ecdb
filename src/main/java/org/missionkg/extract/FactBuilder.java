package org.missionkg.extract;

import static org.missionkg.extract.MatchDates.date;
import static org.missionkg.extract.MatchGroups.entity;
import static org.missionkg.extract.MatchGroups.slot;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.TitleHolders;

/**
 * Turns one rule match into facts. The rule's named groups say who plays which part
 * ({@code new}, {@code old}, {@code cmd}, {@code country}, {@code mission}, {@code num},
 * {@code person}, {@code role}, {@code org}, {@code place}…); dates come from the sentence's
 * date slots, read by their role (since, until, at) and nearness to the match.
 *
 * <p>This class settles what every kind shares (the evidence, the mission the match is about) and
 * hands the match to the kind's own reader: {@link CommandFacts}, {@link TroopFacts},
 * {@link RoleFacts}, {@link StationingFacts}; an event it reads itself. {@link MatchGroups} and
 * {@link MatchDates} read the parts and the dates for all of them.
 */
final class FactBuilder {
    private final TroopFacts troops;
    private final RoleFacts roles;
    private final StationingFacts stationings;
    private final CivilianMissions civilianMissions;
    private final Gazetteer gazetteer;
    private static final java.util.regex.Pattern FORCE_COMMANDER = java.util.regex.Pattern.compile("(?i)\\bforce\\s+commander\\b");

    FactBuilder(Gazetteer gazetteer, TitleHolders titles, CivilianMissions civilianMissions) {
        this.gazetteer = gazetteer;
        this.civilianMissions = civilianMissions;
        NameAffiliations names = new NameAffiliations(gazetteer);
        this.troops = new TroopFacts(names);
        this.roles = new RoleFacts(gazetteer, titles);
        this.stationings = new StationingFacts(names);
    }

    /**
     * Everything one match says. {@code mission} is the mission the sentence is about, if any;
     * {@code previous} is the mission the sentence before named, when this sentence
     * names none but "the mission" or "its": for who commands or leads, "Its commander, X" goes
     * on about that mission rather than the article's, and so does "The mission's commander, X"
     * when the sentence before called it a mission too ("… the alliance's mission …"), not
     * when it only mentioned the coalition in passing.
     */
    List<Fact> build(Rule rule, Matcher m, SentenceView v, ArticleContext ctx, String articleText, EntityRef mission,
                     Slot previous, FuzzyDate standIn, String standInSource) {
        int vs = m.start();
        int ve = m.end();
        Evidence ev = Evidence.of(articleText, v.articleStart(vs), v.articleEnd(ve),
                articleText.substring(v.sentence().begin(), v.sentence().end()));
        Provenance p = new Provenance(ctx.facts().articleId(), ev, rule.confidence(), rule.id(),
                ctx.facts().published() == null ? null : FuzzyDate.ofDay(ctx.facts().published()));
        EntityRef boundMission = entity(m, v, "mission");
        EntityRef theMission = rule.has(Rule.FOCUS_MISSION) && ctx.facts().focusMission() != null ? ctx.facts().focusMission()
                : boundMission != null ? boundMission : mission;
        if (previous != null && !rule.has(Rule.FOCUS_MISSION) && (rule.kind().equals("command") || rule.kind().equals("lead"))) {
            Slot bound = slot(m, v, "mission");
            String head = bound == null ? null : bound.text().strip().replaceAll("^.*\\s", "").toLowerCase(Locale.ROOT);
            if (bound == null || MissionPhrases.isBareMissionPhrase(bound.text())
                    && previous.text().toLowerCase(Locale.ROOT).contains(head)) {
                theMission = previous.entity();
            }
        }
        if (boundMission == null && rule.kind().equals("command") && FORCE_COMMANDER.matcher(CommandFacts.titleWords(m, v)).find()) {
            theMission = ctx.facts().missions().forceOf(theMission, v.articleStart(vs), gazetteer::runByACountry);
        }
        return switch (rule.kind()) {
            case "command" -> CommandFacts.command(rule, m, v, p, theMission, standIn, standInSource,
                    civilianMissions.isCivilian(theMission));
            case "lead" -> CommandFacts.lead(rule, m, v, p, theMission, standIn, standInSource);
            case "event" -> event(rule, m, v, p, theMission);
            case "troops" -> troops.count(rule, m, v, p, ctx, boundMission, theMission);
            case "role" -> roles.role(m, v, p, ctx, theMission);
            case "location" -> stationings.location(m, v, p, boundMission != null || rule.has(Rule.FOCUS_MISSION) ? theMission
                    : StationingFacts.stationedMission(m, v, ctx));
            default -> List.of();
        };
    }

    private static List<Fact> event(Rule rule, Matcher m, SentenceView v, Provenance p, EntityRef mission) {
        if (mission == null || mission.kind() != EntityKind.MISSION || rule.eventType() == null) {
            return List.of();
        }
        FuzzyDate until = null;
        FuzzyDate date;
        if (rule.eventType() == EventType.EXTENSION) {
            until = date(m, v, EnumSet.of(DateRole.UNTIL));
            date = date(m, v, EnumSet.of(DateRole.AT, DateRole.SINCE));
        } else if (MatchGroups.declares(m, "when")) {
            // A rule that says where its event's date stands ("suspended in March 2020 ... and resumed in the
            // spring of 2021"): the date of another event in the match is not this one's.
            date = MatchGroups.boundDate(m, v);
        } else {
            date = date(m, v, EnumSet.allOf(DateRole.class));
        }
        Slot agentSlot = slot(m, v, "agent");
        EntityRef agent = agentSlot == null ? null : agentSlot.entity();
        return List.of(new MissionEvent(mission, rule.eventType(), date, until, agent, null, p));
    }
}
