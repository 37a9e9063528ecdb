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
        Slot atSlot = best(m, v, EnumSet.of(DateRole.AT), anchor);
        if (atSlot != null && subject != null && inSubjectsAside(m, v, anchor, atSlot)) {
            atSlot = null; // "X, an engineer who led the team in Jordan four years ago, took over": not the taking over's
        }
        FuzzyDate d = atSlot == null ? null : atSlot.date();
        if (d != null) {
            return d;
        }
        if (predecessor != null) {
            // only a "since" before the predecessor: "X, who replaced Y, in charge since 2002" is Y's since
            int limit = v.viewPosition(predecessor);
            return v.slots().stream().filter(x -> x.type() == SlotType.DATE && x.dateRole() == DateRole.SINCE
                            && x.date() != null && v.viewPosition(x) < limit)
                    .min(java.util.Comparator.comparingInt(x -> Math.abs(v.viewPosition(x) - anchor)))
                    .map(Slot::date).orElse(null);
        }
        Slot since = best(m, v, EnumSet.of(DateRole.SINCE), anchor);
        if (since == null || subject != null && anotherPersonBetween(v, subject, since)) {
            // "X assumed command from Y, who had commanded it since October": the since is Y's, even when
            // the rule did not bind Y as the one handing over.
            return null;
        }
        return since.date();
    }

    /**
     * An aside set off after the subject that opens a relative clause of its own ("X, an engineer who led the team
     * in Jordan four years ago, took over"), holding the date, and closed by a comma before the match ends: that
     * clause's date is not the match's.
     */
    private static boolean inSubjectsAside(Matcher m, SentenceView v, int anchor, Slot date) {
        int at = v.viewPosition(date);
        if (at <= anchor || at >= m.end()) {
            return false;
        }
        return ASIDE_OPENED.matcher(v.text().substring(anchor, at)).matches()
                && v.text().substring(at, m.end()).contains(",");
    }

    /** From the subject's marker to the date: a comma, at most a short apposition, then "who", "whose" or "which". */
    private static final java.util.regex.Pattern ASIDE_OPENED = java.util.regex.Pattern.compile(
            "⟦P\\d+⟧,\\s+(?:(?:an?|the)\\s+[^,⟦]{0,60}?\\s)?(?:who|whose|which)\\b[^,]*");

    /**
     * The "since" of a person's own relative clause of holding the command, which starts that person's tenure (not
     * the match's date): "relieved Y of the Korean Navy, who had commanded the task force since January", where the
     * parser's reading of a sentence full of abbreviated ranks is too broken for the grammar layer to see the clause.
     */
    private static final java.util.regex.Pattern OWN_SINCE = java.util.regex.Pattern.compile(
            "⟦P\\d+⟧(?:\\s+of\\s+[^,.;]{1,50})?,\\s+who\\s+(?:had|has)\\s+(?:been\\s+)?(?:led|commanded|headed|run|directed|"
                    + "held\\s+the\\s+(?:post|position|command|job)|been\\s+in\\s+(?:charge|command)(?:\\s+of)?)\\s+[^,.;⟦]{0,30}?(?:⟦M\\d+⟧\\s+)?since\\s+⟦T(\\d+)⟧");

    static FuzzyDate ownSince(SentenceView v, Slot person) {
        java.util.regex.Matcher own = OWN_SINCE.matcher(v.text()).region(v.viewPosition(person), v.text().length());
        if (!own.lookingAt()) {
            return null;
        }
        Slot since = v.slot(Integer.parseInt(own.group(1)));
        return since != null && since.dateRole() == DateRole.SINCE ? since.date() : null;
    }

    /** Another person between the subject and the date, with a relative clause of their own ("Y, who had led it"). */
    private static boolean anotherPersonBetween(SentenceView v, Slot subject, Slot date) {
        int from = v.viewPosition(subject);
        int to = v.viewPosition(date);
        return v.slots().stream().anyMatch(x -> x.type() == SlotType.PERSON && x.id() != subject.id()
                && (x.entity() == null || !x.entity().equals(subject.entity()))
                && v.viewPosition(x) > Math.min(from, to) && v.viewPosition(x) < Math.max(from, to)
                && OWN_RELATIVE.matcher(v.text()).region(v.viewPosition(x), v.text().length()).lookingAt());
    }

    /** A person's marker opening their own relative clause: "⟦P2⟧, who", "⟦P2⟧ of the Germinal, who". */
    private static final java.util.regex.Pattern OWN_RELATIVE =
            java.util.regex.Pattern.compile("⟦P\\d+⟧(?:\\s+of\\s+[^,]{1,40})?,\\s+(?:who|whose)\\b");

    /** As above; inside the match, the date nearest after {@code anchor} (a bound slot) first. */
    static FuzzyDate date(Matcher m, SentenceView v, Set<DateRole> roles, int anchor) {
        Slot best = best(m, v, roles, anchor);
        return best == null ? null : best.date();
    }

    /** Words that open a clause of its own between a match and a later date: "as fighting that broke out ...". */
    private static final java.util.regex.Pattern OTHER_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:as|when|while|because|although|though|which|who|whose|where)\\s+(?!⟦T)");

    /** After a match, a coordinated clause with a country, person or body of its own as subject: ", and Italy will take
     * over in June" (not ", and the operation is now slated to end March 31", which goes on about the match's mission). */
    private static final java.util.regex.Pattern NEW_CLAUSE_AFTER = java.util.regex.Pattern.compile(
            ",\\s+(?:and|but|while)\\s+(?:the\\s+)?⟦[CPO]\\d+⟧");

    /**
     * After a match, a relative clause about a thing, opened by a comma and not yet closed where the date stands: ",
     * which began in ". Not a person's (", whose two-year term ended in January"): a rule about that person wants it.
     */
    private static final java.util.regex.Pattern IN_RELATIVE_AFTER = java.util.regex.Pattern.compile(
            ",\\s+which\\b[^,;]*$");

    /** An aside with a clause of its own set off by commas: ", the Royal Navy-led task that began ". */
    private static final java.util.regex.Pattern ASIDE_OPENS = java.util.regex.Pattern.compile(
            "(?i),\\s+(?:(?:the|a|an)\\s+[^,]{0,60}?\\s+)?(?:which|that|whose|who)\\b[^,]*$");

    /** Whether the date at {@code pos} lies in such an aside that closes before the match ends. */
    private static boolean inAside(String text, int start, int pos, int end) {
        return ASIDE_OPENS.matcher(text.substring(start, pos)).find() && text.substring(pos, end).contains(",");
    }

    private static Slot best(Matcher m, SentenceView v, Set<DateRole> roles, int anchor) {
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
                if (inAside(v.text(), m.start(), pos, m.end())) {
                    // "X, the task that began last April, formally ended on January 31": the aside's date is its own
                    score += 3000;
                }
            } else if (pos >= m.end()) {
                String between = v.text().substring(m.end(), pos);
                if (IN_RELATIVE_AFTER.matcher(between).find() || NEW_CLAUSE_AFTER.matcher(between).find()) {
                    // "Canada has about 800 troops ... under Operation X, which began in 2014", "Greece has commanded
                    // the operation since its launch, and Italy will take over in June": the date of a relative
                    // clause or of a coordinated clause with a subject of its own is that clause's, not the match's
                    continue;
                }
                score = 1000 + (pos - m.end());
                if (OTHER_CLAUSE.matcher(between).find()) {
                    // "voted on Tuesday to double the force, as fighting that broke out nine days ago spread": a
                    // date after a clause of its own opens is that clause's; one before the match comes first
                    score += 6000;
                }
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
        return best;
    }
}
