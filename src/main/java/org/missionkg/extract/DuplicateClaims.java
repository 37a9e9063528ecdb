package org.missionkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.RoleHolding;

/**
 * The last step of extracting an article: the grammar layer and the surface rules often read the
 * same claim in the same sentence, and each keeps what it could read (a date, a rank), so the
 * article's facts are merged here into one fact a claim.
 */
final class DuplicateClaims {
    private DuplicateClaims() {
    }

    /**
     * One fact per claim: the same fact found by two rules in one place is kept once (the
     * first, most specific rule wins), and an undated event is dropped when the article dates
     * the same kind of event for the same mission elsewhere.
     */
    static List<Fact> dedupe(List<Fact> facts) {
        facts = leadsOnTheDayOfTheChange(joinExtensionHalves(facts));
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKey.merge(claimKey(f), f, DuplicateClaims::sameClaim);
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : byKey.values()) {
            if (f instanceof MissionEvent e && e.date() == null && byKey.values().stream().anyMatch(o ->
                    o instanceof MissionEvent d && d.date() != null && d.type() == e.type()
                            && d.mission().sameAs(e.mission()))) {
                continue;
            }
            // "... brought its mission to a close, the bloc said on Thursday" (the lede's day stands in)
            // and "The mission was formally closed on Tuesday": the day the text states, in the days
            // before the stand-in, is the same event's (not a hand-over: a mission has many).
            if (f instanceof MissionEvent e && e.provenance().dateSource() != null && !counted(e) && e.type() != EventType.HANDOVER
                    && e.date() != null && byKey.values().stream().anyMatch(o ->
                    o instanceof MissionEvent d && d != e && d.provenance().dateSource() == null
                            && d.type() == e.type() && d.mission().sameAs(e.mission()) && daysBefore(d.date(), e.date()))) {
                continue;
            }
            // "South Korea takes over CTF 151" (a headline, dated by the day of the news) and "Command ... passed from
            // Pakistan to the Republic of Korea ... on Thursday": the day the text states is the same turn's.
            if (f instanceof Leadership l && l.provenance().dateSource() != null && l.end() == null && l.start() != null
                    && byKey.values().stream().anyMatch(o -> o instanceof Leadership d && d != l
                            && d.provenance().dateSource() == null && d.country().sameAs(l.country())
                            && d.mission().sameAs(l.mission()) && daysBefore(d.start(), l.start()))) {
                continue;
            }
            // "X has been appointed commander" (dated by the day of the news) and "She will take
            // command in July": the start the text states is the tenure's; the stand-in one goes.
            if (f instanceof CommandTenure c && byKey.values().stream().anyMatch(o -> o instanceof CommandTenure d && d != c
                    && statedStartBeats(d, c) && d.commander().sameAs(c.commander()) && d.mission().sameAs(c.mission()))) {
                continue;
            }
            // "Irini, launched five years ago from the ashes of Operation Sophia, is commanded by X": where the grammar
            // and a surface rule read one person's command in one sentence of two missions, the grammar's, which
            // follows the words' relations, not their nearness.
            if (f instanceof CommandTenure c && !byGrammar(c) && byKey.values().stream()
                    .anyMatch(o -> o instanceof CommandTenure d && byGrammar(d) && d.commander().sameAs(c.commander())
                            && !d.mission().sameAs(c.mission()) && sameSentence(d, c))) {
                continue;
            }
            // An office the grammar read where a surface rule read one for the same person in the
            // same sentence: the surface rule's, whose title is the gazetteer's.
            if (f instanceof RoleHolding r && byGrammar(r) && byKey.values().stream()
                    .anyMatch(o -> o instanceof RoleHolding q && q != r && !byGrammar(q)
                            && q.person().sameAs(r.person()) && sameHolder(q, r) && sameSentence(q, r))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** Whether the grammar layer read the fact, not a surface rule. */
    private static boolean byGrammar(Fact f) {
        return f.provenance().rule().startsWith("grammar.");
    }

    /** Whether two facts were read from one sentence. */
    private static boolean sameSentence(Fact a, Fact b) {
        return Objects.equals(a.provenance().evidence().sentence(), b.provenance().evidence().sentence());
    }

    static final String CHANGE_OF_COMMAND = "the day of the change of command the article states";

    /**
     * "Singapore takes charge of anti-piracy task force" (dated by the day of the news) over "Rear-Admiral X took command
     * of Combined Task Force 151 ... yesterday": a turn in the lead dated by a stand-in, when the article states one
     * change of command of that mission in the two weeks before, began that day.
     */
    private static List<Fact> leadsOnTheDayOfTheChange(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        out.replaceAll(f -> {
            if (!(f instanceof Leadership l) || l.provenance().dateSource() == null || l.start() == null || l.end() != null) {
                return f;
            }
            Set<FuzzyDate> changes = new HashSet<>();
            for (Fact o : facts) {
                if (o instanceof CommandTenure c && c.mission().sameAs(l.mission()) && c.provenance().dateSource() == null
                        && daysBefore(c.start(), l.start())) {
                    changes.add(c.start());
                }
            }
            return changes.size() != 1 ? f : new Leadership(l.country(), l.mission(), changes.iterator().next(), null,
                    l.provenance().withDateSource(CHANGE_OF_COMMAND));
        });
        return out;
    }

    static final String END_ELSEWHERE = "the end of the same extension, which the article gives in another sentence";

    /**
     * One extension told in two sentences: "when the mandate was last renewed, in December" gives its day and "The
     * Council extended the mission until Dec. 20, 2022" its new end. When an article holds, for one mission, exactly
     * one extension with a day and no end (or only one counted from a length: "for another year") and exactly one
     * with an end and no day, the end no earlier than the day, they are one extension: the first gets the end, the
     * second goes.
     */
    private static List<Fact> joinExtensionHalves(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact f : facts) {
            if (!(f instanceof MissionEvent day) || !half(day, day.mission(), true)) {
                continue;
            }
            // the claims, not the readings: the grammar's and a surface rule's reading of one half may both be there
            Set<FuzzyDate> days = halves(facts, day.mission(), true, MissionEvent::date);
            Set<FuzzyDate> ends = halves(facts, day.mission(), false, MissionEvent::until);
            if (days.size() != 1 || ends.size() != 1 || ends.iterator().next().certainlyBefore(day.date())) {
                continue;
            }
            FuzzyDate until = ends.iterator().next();
            out.replaceAll(x -> x instanceof MissionEvent e && half(e, day.mission(), true)
                    ? new MissionEvent(e.mission(), e.type(), e.date(), until, e.agent(), e.note(),
                            e.provenance().withDateSource(END_ELSEWHERE)) : x);
            out.removeIf(x -> x instanceof MissionEvent e && half(e, day.mission(), false));
        }
        return out;
    }

    /** Whether an extension's end was counted from a length the sentence gives, not stated. */
    private static boolean counted(MissionEvent e) {
        return e.until() != null && Durations.FROM_LENGTH.equals(e.provenance().dateSource());
    }

    /** Whether an extension's end is one the text states. */
    private static boolean stated(MissionEvent e) {
        return e.until() != null && e.provenance().dateSource() == null;
    }

    /** Whether {@code e} is an extension of {@code mission} with a day and no end ({@code dayOnly}), or an end and no day. */
    private static boolean half(MissionEvent e, EntityRef mission, boolean dayOnly) {
        return e.type() == EventType.EXTENSION && e.mission().sameAs(mission)
                && (dayOnly ? e.date() != null && (e.until() == null || counted(e)) : e.date() == null && stated(e));
    }

    /** The distinct days (or ends) of the article's extension halves of {@code mission}. */
    private static Set<FuzzyDate> halves(List<Fact> facts, EntityRef mission, boolean dayOnly,
                                         Function<MissionEvent, FuzzyDate> which) {
        Set<FuzzyDate> found = new HashSet<>();
        for (Fact f : facts) {
            if (f instanceof MissionEvent e && half(e, mission, dayOnly)) {
                found.add(which.apply(e));
            }
        }
        return found;
    }

    /**
     * Whether two offices are held in the same body, so one of them is redundant; "Malawi's
     * President X, the current SADC chairperson" holds two.
     */
    private static boolean sameHolder(RoleHolding a, RoleHolding b) {
        return a.organization() == null || b.organization() == null || a.organization().sameAs(b.organization());
    }

    /** What makes two facts the same claim: kind, participants, what tells them apart, and the sentence. */
    private static String claimKey(Fact f) {
        StringBuilder k = new StringBuilder(f.kind()).append('|');
        f.participants().forEach(p -> k.append(p.kind()).append(':').append(p.key()).append(','));
        k.append('|').append(f.discriminator());
        return k.append('|').append(f.provenance().evidence().sentence()).toString();
    }

    /**
     * One claim found twice: the first finding, with a date only the second has ("took over from
     * Y, who had led it since 2018, on Tuesday": one rule gives Y's end, another Y's start).
     */
    private static Fact sameClaim(Fact a, Fact b) {
        if (a instanceof CommandTenure x && b instanceof CommandTenure y && statedStartBeats(y, x)) {
            // "X has been appointed the next commander and will take over in November": the appointment is
            // dated by the day of the news, the start the same sentence states is the tenure's.
            return new CommandTenure(y.commander(), y.mission(), y.rank() != null ? y.rank() : x.rank(), y.start(),
                    y.end(), y.provenance());
        }
        if (a instanceof CommandTenure x && b instanceof CommandTenure y) {
            return new CommandTenure(x.commander(), x.mission(), x.rank() != null ? x.rank() : y.rank(),
                    x.start() != null ? x.start() : y.start(), x.end() != null ? x.end() : y.end(), x.provenance());
        }
        if (a instanceof MissionEvent x && b instanceof MissionEvent y && counted(x) && stated(y)) {
            // "extended ... for two more years, until March 31, 2027": the end the sentence states, not the one counted
            return new MissionEvent(x.mission(), x.type(), x.date(), y.until(), x.agent(), x.note(), y.provenance());
        }
        if (a instanceof MissionEvent x && b instanceof MissionEvent y && counted(y) && stated(x)) {
            return x;
        }
        if (a instanceof Leadership x && b instanceof Leadership y) {
            return new Leadership(x.country(), x.mission(), x.start() != null ? x.start() : y.start(),
                    x.end() != null ? x.end() : y.end(), x.provenance());
        }
        return datesOf(b) > datesOf(a) ? b : a;
    }

    /**
     * Whether {@code stated}'s start, which its sentence gives, is the tenure's rather than {@code standIn}'s, an
     * open tenure dated by a stand-in (the day of the news of an appointment), in one sentence or two.
     */
    private static boolean statedStartBeats(CommandTenure stated, CommandTenure standIn) {
        return standIn.provenance().dateSource() != null && standIn.end() == null
                && stated.start() != null && stated.provenance().dateSource() == null;
    }

    /** Whether {@code stated} is a day in the two weeks up to {@code standIn}. */
    private static boolean daysBefore(FuzzyDate stated, FuzzyDate standIn) {
        return stated != null && stated.earliest() != null && stated.earliest().equals(stated.latest())
                && standIn.earliest() != null && !stated.earliest().isAfter(standIn.earliest())
                && !stated.earliest().isBefore(standIn.earliest().minusDays(14));
    }

    private static int datesOf(Fact f) {
        if (f instanceof CommandTenure c) {
            return (c.start() == null ? 0 : 1) + (c.end() == null ? 0 : 1);
        }
        if (f instanceof Leadership l) {
            return (l.start() == null ? 0 : 1) + (l.end() == null ? 0 : 1);
        }
        if (f instanceof MissionEvent e) {
            return (e.date() == null ? 0 : 1) + (e.until() == null ? 0 : 1);
        }
        return 0;
    }
}
