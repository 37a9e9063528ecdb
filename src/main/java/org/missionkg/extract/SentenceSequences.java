package org.missionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;

/**
 * Starts a sentence gives a tenure without stating them beside it, read from the other facts the
 * same sentence yields:
 * <ul>
 * <li>"Canada, which commanded the mission from its launch in 2018 until November 2020": the
 * tenure starts when the launch the sentence dates happened;</li>
 * <li>"three lead nations: Canada until November 2020, Denmark until May 2022, and Italy since
 * then": in a list of successive holders each one starts where the one listed before it ended;</li>
 * <li>"X had replaced Y, force commander from August 2021 to April 2023": X starts where Y ended.</li>
 * </ul>
 * Every start filled here says where it came from ({@code dateSource}), so a reader can tell it
 * from a start the sentence states.
 */
final class SentenceSequences {
    static final String FROM_LAUNCH = "the launch date the sentence gives";
    static final String FROM_PREDECESSOR = "the end of the holder listed before it in the sentence";

    private SentenceSequences() {
    }

    static List<Fact> fillStarts(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        for (int i = 0; i < out.size(); i++) {
            Fact f = out.get(i);
            if (start(f) != null || mission(f) == null) {
                continue;
            }
            FuzzyDate launched = launchSince(out, mission(f));
            if (launched != null) {
                out.set(i, withStart(f, launched, FROM_LAUNCH));
                continue;
            }
            FuzzyDate before = predecessorEnd(out, f);
            if (before == null) {
                before = replacedEnd(out, f);
            }
            if (before != null) {
                out.set(i, withStart(f, before, FROM_PREDECESSOR));
            }
        }
        return out;
    }

    /** The date of a launch the sentence tells as the point a tenure runs from ("since its launch in July 2018"). */
    private static FuzzyDate launchSince(List<Fact> facts, EntityRef mission) {
        for (Fact f : facts) {
            if (f instanceof MissionEvent e && e.mission().equals(mission) && e.date() != null
                    && (e.type() == EventType.LAUNCH || e.type() == EventType.START)) {
                String said = e.provenance().evidence().exact().toLowerCase(java.util.Locale.ROOT);
                if (said.matches("(?s)(?:ever )?(?:since|from) (?:its|the mission's|the operation's|the force's) "
                        + "(?:launch|creation|inception|establishment|start|beginning|founding|outset|deployment).*")) {
                    return e.date();
                }
            }
        }
        return null;
    }

    /**
     * The end of the nearest holder of the same kind and mission listed before this one in the
     * sentence, when that holder is someone else and ended before this one did.
     */
    private static FuzzyDate predecessorEnd(List<Fact> facts, Fact f) {
        int at = f.provenance().evidence().start();
        return facts.stream()
                .filter(p -> p.getClass() == f.getClass() && mission(f).equals(mission(p))
                        && !holder(p).equals(holder(f)) && end(p) != null
                        && p.provenance().evidence().start() < at
                        && (end(f) == null || end(p).certainlyBefore(end(f))))
                .max(Comparator.comparingInt(p -> p.provenance().evidence().start()))
                .map(SentenceSequences::end).orElse(null);
    }

    /**
     * "X had replaced Y, force commander from August 2021 to April 2023": the one a successor's
     * match also names (a tenure from the same words, another holder) ended where the sentence says
     * elsewhere, and the successor started then.
     */
    private static FuzzyDate replacedEnd(List<Fact> facts, Fact f) {
        var said = f.provenance().evidence();
        return facts.stream()
                .filter(p -> p.getClass() == f.getClass() && mission(f).equals(mission(p)) && !holder(p).equals(holder(f))
                        && p.provenance().evidence().start() == said.start() && p.provenance().evidence().end() == said.end())
                .flatMap(p -> facts.stream().filter(q -> q.getClass() == f.getClass() && mission(f).equals(mission(q))
                        && holder(q).equals(holder(p)) && end(q) != null))
                .map(SentenceSequences::end)
                .filter(e -> end(f) == null || e.certainlyBefore(end(f)))
                .findFirst().orElse(null);
    }

    private static EntityRef mission(Fact f) {
        return f instanceof Leadership l ? l.mission() : f instanceof CommandTenure c ? c.mission() : null;
    }

    private static EntityRef holder(Fact f) {
        return f instanceof Leadership l ? l.country() : ((CommandTenure) f).commander();
    }

    private static FuzzyDate start(Fact f) {
        return f instanceof Leadership l ? l.start() : f instanceof CommandTenure c ? c.start() : null;
    }

    private static FuzzyDate end(Fact f) {
        return f instanceof Leadership l ? l.end() : f instanceof CommandTenure c ? c.end() : null;
    }

    private static Fact withStart(Fact f, FuzzyDate start, String source) {
        if (f instanceof Leadership l) {
            return new Leadership(l.country(), l.mission(), start, l.end(), l.provenance().withDateSource(source));
        }
        CommandTenure c = (CommandTenure) f;
        return new CommandTenure(c.commander(), c.mission(), c.rank(), start, c.end(), c.provenance().withDateSource(source));
    }
}
