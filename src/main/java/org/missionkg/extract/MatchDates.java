package org.missionkg.extract;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.missionkg.model.FuzzyDate;

/**
 * Which of a sentence's dates belongs to a surface rule's match: the date slots are read by their
 * role (since, until, at) and by how near they stand to the match and to the person it is about,
 * because a sentence often holds dates of other clauses ("X took over from Y, in charge since
 * 2022, on Tuesday").
 */
final class MatchDates {
    private MatchDates() {
    }

    /**
     * The date of the given roles that belongs to the match: one inside the match first, then
     * the nearest after it, then the nearest before it, in the same sentence. Outside the match
     * a plain date ("on Tuesday") comes before a since/until one, which usually belongs to
     * another clause ("X took over from Y, in charge since 2022, on Tuesday").
     */
    static FuzzyDate date(Matcher m, SentenceView v, Set<DateRole> roles) {
        return date(m, v, roles, m.start());
    }

    /**
     * When a handover happened for the one who takes over (or gives up): the plain date
     * ("on Tuesday") nearest that person, else a "since" date; "took over from Y, who had
     * led it since 2018, on Tuesday" is Tuesday.
     */
    static FuzzyDate at(Matcher m, SentenceView v, Slot subject) {
        return at(m, v, subject, null);
    }

    /**
     * As above; a "since" date after {@code predecessor} is that one's ("She replaces Y, who had
     * led the task force since July 2019"), never the day the other took over.
     */
    static FuzzyDate at(Matcher m, SentenceView v, Slot subject, Slot predecessor) {
        int anchor = subject == null ? m.start() : v.viewPosition(subject);
        FuzzyDate d = date(m, v, EnumSet.of(DateRole.AT), anchor);
        if (d != null) {
            return d;
        }
        if (predecessor != null) {
            int limit = v.viewPosition(predecessor);
            boolean since = v.slots().stream().anyMatch(x -> x.type() == SlotType.DATE && x.dateRole() == DateRole.SINCE
                    && v.viewPosition(x) < limit);
            return since ? date(m, v, EnumSet.of(DateRole.SINCE), anchor) : null;
        }
        return date(m, v, EnumSet.of(DateRole.SINCE), anchor);
    }

    /** As above; inside the match, the date nearest after {@code anchor} (a bound slot) first. */
    static FuzzyDate date(Matcher m, SentenceView v, Set<DateRole> roles, int anchor) {
        Slot best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Slot s : v.slots()) {
            if (s.type() != SlotType.DATE || !roles.contains(s.dateRole())) {
                continue;
            }
            int pos = v.viewPosition(s);
            int score;
            if (pos >= m.start() && pos < m.end()) {
                score = pos >= anchor ? pos - anchor : 500 + (anchor - pos);
            } else if (pos >= m.end()) {
                score = 1000 + (pos - m.end());
            } else {
                score = 5000 + (m.start() - pos);
            }
            boolean inside = pos >= m.start() && pos < m.end();
            if (!inside && s.dateRole() != DateRole.AT && roles.contains(DateRole.AT)) {
                score += 10000;
            }
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best == null ? null : best.date();
    }
}
