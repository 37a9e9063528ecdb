package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.Evidence;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/**
 * A predecessor named in the sentence after a new commander's: "Its last commander, Lieutenant Colonel X, took
 * over in March. His predecessor, Lieutenant Colonel Y, who had led the mission since May 2021, ...". The
 * sentence opens on the predecessor, "his" or "her" being the one commander the sentence before named: Y commanded
 * that mission until X took over (a tenure made when the sentence tells Y's no other way), and the command passed
 * from Y to X, on the day X's tenure starts when the sentence before gave it. Dates filled here say where they came
 * from ({@code dateSource}).
 */
final class Predecessors {
    static final String FROM_SUCCESSOR = "the start of the successor's tenure the sentence before gives";
    static final String RULE = "command.predecessor-named-next";

    /** "His predecessor, ", "Ellery's predecessor, ", "Her predecessor as commander, ". */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(?:His|Her|\\p{Lu}[\\p{L}'’-]+['’]s)\\s+predecessor(?:\\s+as\\s+[^,]{1,40})?,\\s+");

    private Predecessors() {
    }

    /**
     * This sentence's facts, with the predecessor's end and the hand-over added when the sentence opens on
     * "His predecessor, Y" and the sentence before dated one commander's start.
     */
    static List<Fact> named(String text, int sentenceBegin, int sentenceEnd, List<Slot> found, List<Fact> before,
                            List<Fact> sentenceFacts, String articleId, FuzzyDate published) {
        Matcher m = OPENING.matcher(text.substring(sentenceBegin, sentenceEnd));
        if (!m.find()) {
            return sentenceFacts;
        }
        int at = sentenceBegin + m.end();
        Slot predecessor = found.stream().filter(x -> x.type() == SlotType.PERSON && x.begin() == at && x.entity() != null)
                .findFirst().orElse(null);
        List<CommandTenure> holding = before.stream().filter(f -> f instanceof CommandTenure c && c.end() == null
                && c.mission().kind() == EntityKind.MISSION).map(f -> (CommandTenure) f).toList();
        if (predecessor == null || holding.stream().map(CommandTenure::commander).distinct().count() != 1
                || holding.get(0).commander().equals(predecessor.entity())) {
            return sentenceFacts; // no one commander the sentence before named: "his" is not known
        }
        // the successor's start, if the sentence before gave one: "X is the new commander" alone leaves the day open
        CommandTenure successor = holding.stream().filter(c -> c.start() != null).reduce((a, b) -> b)
                .orElse(holding.get(holding.size() - 1));
        FuzzyDate day = successor.start();
        List<Fact> out = new ArrayList<>();
        boolean told = false;
        for (Fact f : sentenceFacts) {
            if (f instanceof CommandTenure c && c.commander().equals(predecessor.entity()) && c.mission().equals(successor.mission())) {
                told = true;
                if (day != null && c.end() == null && (c.start() == null || c.start().certainlyBefore(day))) {
                    f = new CommandTenure(c.commander(), c.mission(), c.rank(), c.start(), day,
                            c.provenance().withDateSource(FROM_SUCCESSOR));
                }
            }
            out.add(f);
        }
        Provenance said = new Provenance(articleId, Evidence.of(text, sentenceBegin, predecessor.end(),
                text.substring(sentenceBegin, sentenceEnd)), 0.7, RULE, published);
        Provenance p = day == null ? said : said.withDateSource(FROM_SUCCESSOR);
        if (!told) {
            out.add(new CommandTenure(predecessor.entity(), successor.mission(), predecessor.rank(), null, day, p));
        }
        boolean handedOver = before.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.HANDOVER
                && successor.commander().equals(e.agent()));
        if (!handedOver) {
            out.add(new MissionEvent(successor.mission(), EventType.HANDOVER, day, null, successor.commander(),
                    "from " + predecessor.entity().label(), p));
        }
        return out;
    }
}
