package org.missionkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.annotate.DateResolver;
import org.missionkg.annotate.Tense;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MonthNames;
import org.missionkg.model.NerMention;

/**
 * Date slots: CoreNLP's DATE mentions resolved to a date as the article means it (against the
 * publication day, the tense of the clause, and the date the story last named with a year, for
 * "that autumn" or "a year later"), with the role the words before give it (since, from, until,
 * at). Split from {@link SentenceSlots}, which finds every other kind of slot; the only state
 * it reads and keeps is the article's last explicit date, in {@link ArticleContext}.
 */
final class DateSlots {
    private static final Pattern SINCE_CREATED = Pattern.compile(
            "(?i)(?:since|from)\\s+(?:it|its|the\\s+\\w+)\\s+(?:was\\s+)?(?:creat|launch|establish|start|set\\s+up|incepti|"
                    + "began|found|inaugurat|deploy)\\w*\\s+(?:in\\s+|on\\s+)?(?:the\\s+)?$");
    /**
     * "since the ships left Durban on July 14", "since it arrived in September", "since the patrols
     * restarted in October", "since the Netherlands joined in 2016": a date in a short clause opened by "since"
     * starts whatever that clause is the start of, like "since July 14" would.
     */
    private static final Pattern SINCE_CLAUSE = Pattern.compile(
            "\\bsince\\s+(?:it|they|he|she|its\\s+[a-z]+|the\\s+[a-z]+(?:\\s+[a-z]+)?|(?:the\\s+)?\\p{Lu}\\p{L}+)\\s+(?:was\\s+|were\\s+|had\\s+)?"
                    + "[a-z]+(?:ed|an|ew|ent|ook|ft|ame|ose|ung|egun|one)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:in|on)\\s+(?:the\\s+)?$");

    private static final Pattern LENGTH_BEFORE = Pattern.compile(
            "(?i)^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}|several|a\\s+few)\\s+"
                    + "(?:days?|weeks?|months?)\\s+in\\s+(?=\\p{Lu}|\\d{4})");

    private final DateResolver dates;

    DateSlots(DateResolver dates) {
        this.dates = dates;
    }

    private static final Pattern NUMBERED_BEFORE = Pattern.compile("(?i)\\b(?:resolutions?|no\\.|number)\\s+$"
            // "resolution 2759 (2024)": the year a resolution is numbered in, the UN's way of citing it
            + "|\\bresolutions?\\s+\\d{3,4}\\s*\\($");
    /** A noun after a four-digit number that makes it part of a place's name: "the ACI 2000 district". */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "\\s+(?:district|neighbou?rhood|quarter|street|road|avenue|building|complex|estate|compound)\\b");
    private static final Pattern TRAILING_APPOSITION = Pattern.compile(",\\s+(?=\\p{Ll})");
    private static final Pattern SCHEDULED_END_BEFORE = Pattern.compile(
            "(?i)\\b(?:expires|ends|lapses|closes|concludes|runs\\s+out|comes\\s+to\\s+an\\s+end)\\s+(?:at\\s+midnight\\s+)?(?:on\\s+)?$");
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:until|till|through)\\s+(?:the\\s+end\\s+of\\s+)?$");
    /**
     * A plan told in the past before the date: "was due to expire on June 30", "had been expected to end in
     * December". The date was ahead when the plan was made, which may be before or after the story's day.
     */
    private static final Pattern PLANNED_IN_THE_PAST = Pattern.compile(
            "(?i)\\b(?:was|were|had\\s+been)\\s+(?:\\w+\\s+)?(?:due|expected|scheduled|set|slated|supposed|meant|planned)"
                    + "\\s+to\\b[^,;.]{0,40}$");

    /** The date slot of a DATE mention, or null when it names no date the article can place. */
    private static final Pattern NAMED_EVENT_AFTER = Pattern.compile(
            "\\s*(?:terrorist\\s+|terror\\s+)?(?:attacks?|bombings?|massacre)\\b");

    Slot of(String clean, AnnotatedSentence s, NerMention m, ArticleContext ctx) {
        if (ctx.facts().published() == null && !m.text().matches(".*\\d{4}.*")) {
            return null;
        }
        // "after the September 11 attacks", "the 7/7 bombings": a day without a year that names an event, not a
        // date of this story ("a 2023 attack" is dated by its year).
        if (m.text().matches("(?i)\\p{L}+\\s+\\d{1,2}|\\d{1,2}/\\d{1,2}")
                && NAMED_EVENT_AFTER.matcher(clean.substring(m.end(), Math.min(s.end(), m.end() + 20))).lookingAt()) {
            return null;
        }
        // "resolution 1990 of 27 June 2011": a numbered resolution, not a year; "the ACI 2000 district", "Camp
        // 2000 road": a number in a place's name.
        if (m.text().strip().matches("\\d{4}") && (NUMBERED_BEFORE.matcher(
                clean.substring(Math.max(s.begin(), m.begin() - 20), m.begin())).find()
                || PLACE_AFTER.matcher(clean.substring(m.end(), Math.min(s.end(), m.end() + 16))).lookingAt())) {
            return null;
        }
        // SUTime folds a leading "end" into the date ("slated to end March 31"): it is the verb.
        String expr = m.text().replaceFirst("(?i)^end\\s+(?=\\p{Lu})", "");
        // It folds a mission's beginning told as a noun into the date too ("from its start in 2018", read as the
        // start of 2018): the noun is the mission's, and the date is what follows it.
        expr = expr.replaceFirst("(?i)^(?:start|beginning|launch|creation|inception)\\s+(?=(?:in|on)\\s)", "");
        // And a length into the date after it ("halted for eight days in July", "paused for a month in March 2024"):
        // when is the date; how long, the length's own words.
        expr = LENGTH_BEFORE.matcher(expr).replaceFirst("");
        // SUTime runs a date on into an apposition that restates it ("on 5 December 2013, the day the
        // council authorised it"): the date is what comes before the comma ("Monday, 5 December" and
        // "March 31, 2024" go on with a capital or a digit).
        Matcher apposition = TRAILING_APPOSITION.matcher(expr);
        if (apposition.find() && apposition.start() > 0) {
            int cut = m.begin() + (m.text().length() - expr.length()) + apposition.start();
            return of(clean, s, new NerMention(m.type(), m.begin(), cut, m.tokenBegin(), m.tokenEnd(),
                    m.text().substring(0, cut - m.begin()), m.normalized()), ctx);
        }
        Slot after = followingDate(clean, s, m, expr, ctx);
        if (after != null) {
            return after;
        }
        int first = m.tokenBegin() + (expr.length() < m.text().length() ? 1 : 0);
        Tense tense = Tense.of(s.words(), s.posTags(), Math.max(0, Math.min(first, s.tokens().size() - 1)));
        if (tense == Tense.PRESENT && UNTIL_BEFORE.matcher(clean.substring(Math.max(s.begin(), m.begin() - 12), m.begin())).find()) {
            // "is under Turkish leadership until December": what holds now holds until a day to come.
            tense = Tense.FUTURE;
        }
        if (tense == Tense.PRESENT && SCHEDULED_END_BEFORE.matcher(clean.substring(Math.max(s.begin(), m.begin() - 40), m.begin())).find()) {
            // "whose authority expires on Thursday", "the mandate ends on 31 May": an end told in the
            // present is one on the calendar, to come.
            tense = Tense.FUTURE;
        }
        LocalDate anchor = ctx.facts().published() == null ? LocalDate.now() : ctx.facts().published();
        Optional<FuzzyDate> d = dates.resolve(expr, m.normalized(), anchor, tense);
        if (d.isEmpty()) {
            return null;
        }
        if (tense == Tense.FUTURE && !expr.matches(".*\\b\\d{4}\\b.*")
                && PLANNED_IN_THE_PAST.matcher(clean.substring(Math.max(s.begin(), m.begin() - 80), m.begin())).find()) {
            // "RAMSI's mandate was due to expire on June 30" (written on July 1): the year nearer the story's day
            Optional<FuzzyDate> back = dates.resolve(expr, m.normalized(), anchor, Tense.PAST);
            if (back.isPresent() && nearer(back.get(), d.get(), anchor)) {
                d = back;
            }
        }
        if (tense == Tense.PAST && !expr.matches(".*\\b\\d{4}\\b.*")
                && UNTIL_BEFORE.matcher(clean.substring(Math.max(s.begin(), m.begin() - 12), m.begin())).find()) {
            // "had agreed last Sunday to extend the mission by a month, until 23 February" (written in late
            // January): a deadline with no year set in the past may lie ahead; the year nearer the story's day.
            Optional<FuzzyDate> ahead = dates.resolve(expr, m.normalized(), anchor, Tense.FUTURE);
            if (ahead.isPresent() && nearer(ahead.get(), d.get(), anchor)) {
                d = ahead;
            }
        }
        int begin = m.begin() + (m.text().length() - expr.length());
        String before = clean.substring(Math.max(s.begin(), m.begin() - 60), begin);
        if (MONTH_BEFORE_YEAR.matcher(before).find() && expr.strip().matches("\\d{4}")) {
            return null; // "to December 2008" the tagger split in two: the month's slot has taken the year
        }
        FuzzyDate date = d.get();
        if (expr.matches(".*\\b\\d{4}\\b.*") && SIMPLE_DATE.matcher(date.edtf()).matches()) {
            ctx.rememberExplicitDate(date);
        } else {
            date = anaphoricDate(clean, expr, before, m.end(), date, ctx.explicitDate());
            if (tense == Tense.PAST && !endOnly(clean.substring(m.end(), Math.min(clean.length(), m.end() + 12)), before)) {
                date = beforeItsRangeEnd(clean, m.end(), date, anchor);
            }
        }
        return new Slot(-1, SlotType.DATE, begin, m.end(), expr, null, null, null, null, date,
                dateRole(before, expr), null, null);
    }

    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:that|the\\s+same)\\s+day\\b");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * "on that day", "the same day" (which the tagger leaves untagged or dates by the article's date):
     * the day named last, earlier in the sentence or in the sentences before. Remembers the
     * sentence's last day for the next.
     */
    static Optional<Slot> sameDay(String clean, AnnotatedSentence s, java.util.List<Slot> tagged, ArticleContext ctx) {
        FuzzyDate day = ctx.lastDay();
        Slot made = null;
        Matcher d = SAME_DAY.matcher(clean.substring(s.begin(), s.end()));
        int at = d.find() ? s.begin() + d.start() : -1;
        for (Slot t : tagged) {
            if (t.type() == SlotType.DATE && t.date() != null && DAY.matcher(t.date().edtf()).matches() && t.end() <= at) {
                day = t.date();
            }
        }
        if (at >= 0 && day != null) {
            int end = s.begin() + d.end();
            // SUTime dates "the same day" by the article's own date when it tags it at all: the day the
            // story named last is the one meant.
            tagged.removeIf(t -> t.type() == SlotType.DATE && t.begin() >= at && t.end() <= end);
            if (tagged.stream().noneMatch(t -> t.overlaps(at, end))) {
                String before = clean.substring(Math.max(s.begin(), at - 60), at);
                made = new Slot(-1, SlotType.DATE, at, end, d.group(), null, null, null, null, day,
                        dateRole(before, d.group()), null, null);
            }
        }
        tagged.stream().filter(t -> t.type() == SlotType.DATE && t.date() != null
                && DAY.matcher(t.date().edtf()).matches()).reduce((a, b) -> b).ifPresent(t -> ctx.rememberDay(t.date()));
        return Optional.ofNullable(made);
    }

    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("^\\s*[(\\[]\\s*$");

    /**
     * "Today (17 May 2022), X assumed command", "on Tuesday (3 March)": a relative day the writer restates in
     * brackets is the bracketed date (the story may be dated a day after it was written). The relative day's slot
     * takes the bracketed date, so the clause's first date is the day the writer meant.
     */
    static void restatedInBrackets(String clean, java.util.List<Slot> tagged) {
        for (int i = 0; i < tagged.size(); i++) {
            Slot day = tagged.get(i);
            if (day.type() != SlotType.DATE || day.date() == null) {
                continue;
            }
            for (Slot restated : tagged) {
                if (restated.type() == SlotType.DATE && restated.date() != null && restated.begin() > day.end()
                        && restated.begin() - day.end() <= 3
                        && OPEN_PARENTHESIS.matcher(clean.substring(day.end(), restated.begin())).matches()
                        && restated.text().matches(".*\\d.*") && !day.text().matches(".*\\d.*")) {
                    tagged.set(i, new Slot(day.id(), SlotType.DATE, day.begin(), day.end(), day.text(), null, null, null,
                            null, restated.date(), day.dateRole(), null, null));
                    break;
                }
            }
        }
    }

    private static final Pattern MONTH_OR_DAY_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|\\d)\\s+(?:of\\s+)?$|\\bof\\s+$");
    private static final Pattern SAME_YEAR = Pattern.compile(
            "(?i)\\b(?:(?:later|earlier|late|early)\\s+(?:in\\s+)?)?(?:that|the\\s+same)\\s+year\\b(?!'s|\\s+(?:old|long))");

    /**
     * "resumed later that year", "the same year", which the tagger leaves untagged: the year of the date
     * the story last named with one (earlier in this sentence or before it).
     */
    static Optional<Slot> sameYear(String clean, AnnotatedSentence s, java.util.List<Slot> tagged, ArticleContext ctx) {
        FuzzyDate anchor = ctx.explicitDate();
        Matcher y = SAME_YEAR.matcher(clean.substring(s.begin(), s.end()));
        if (anchor == null || !y.find() || !SIMPLE_DATE.matcher(anchor.edtf()).matches()) {
            return Optional.empty();
        }
        int at = s.begin() + y.start();
        int end = s.begin() + y.end();
        if (tagged.stream().anyMatch(t -> t.overlaps(at, end))
                || MONTH_OR_DAY_BEFORE.matcher(clean.substring(Math.max(s.begin(), at - 16), at)).find()) {
            return Optional.empty(); // "in September that year", "November of that year": the month's own slot takes the year
        }
        String before = clean.substring(Math.max(s.begin(), at - 60), at);
        return Optional.of(new Slot(-1, SlotType.DATE, at, end, y.group(), null, null, null, null,
                new FuzzyDate(anchor.edtf().substring(0, 4)), dateRole(before, y.group()), null, null));
    }

    private static final Pattern FOLLOWING = Pattern.compile(
            "(?i)^(?:the\\s+(?:following|next)\\s+(day|week|month|year)|(a|an|one|two|three|four|five|six)\\s+(day|week|month|year)s?\\s+later)$");

    /**
     * "resumed work the following month", "a year later": counted from the date the story last
     * named with a year, at that date's precision; null when the words are not of that kind or
     * the story named no such date yet.
     */
    private static Slot followingDate(String clean, AnnotatedSentence s, NerMention m, String expr, ArticleContext ctx) {
        Matcher f = FOLLOWING.matcher(expr.strip());
        FuzzyDate anchor = ctx.explicitDate();
        if (!f.matches() || anchor == null) {
            return null;
        }
        Matcher a = SIMPLE_DATE.matcher(anchor.edtf());
        if (!a.matches()) {
            return null;
        }
        String unit = (f.group(1) != null ? f.group(1) : f.group(3)).toLowerCase(Locale.ROOT);
        int n = f.group(1) != null ? 1 : switch (f.group(2).toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> 1;
        };
        LocalDate start = anchor.earliest();
        FuzzyDate date = switch (unit) {
            case "year" -> a.group(2) == null ? FuzzyDate.ofYear(start.getYear() + n)
                    : a.group(3) == null ? FuzzyDate.ofMonth(YearMonth.from(start).plusYears(n))
                    : FuzzyDate.ofDay(start.plusYears(n));
            case "month" -> a.group(2) == null ? null : a.group(3) == null
                    ? FuzzyDate.ofMonth(YearMonth.from(start).plusMonths(n)) : FuzzyDate.ofDay(start.plusMonths(n));
            case "week" -> a.group(3) == null ? null : FuzzyDate.ofDay(start.plusWeeks(n)).approximate();
            default -> a.group(3) == null ? null : FuzzyDate.ofDay(start.plusDays(n));
        };
        if (date == null) {
            return null;
        }
        String before = clean.substring(Math.max(s.begin(), m.begin() - 60), m.begin());
        return new Slot(-1, SlotType.DATE, m.begin(), m.end(), m.text(), null, null, null, null, date,
                dateRole(before, m.text()), null, null);
    }

    private static final Pattern RANGE_END = Pattern.compile(
            "^\\s*(?:to|until|till|through|and|-|–)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
                    + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");
    private static final Pattern YEARLESS_RANGE_END = Pattern.compile(
            "^\\s*(?:to|until|till|through|-|–)\\s+(?:the\\s+)?(?:(?:end|middle|start)\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
                    + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\b(?!\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+\\d{4})");

    /**
     * "commanded the group from 14 January to July", told in the past with no year on either end: each
     * end alone is the last such day before publication, which can put the start after the end (January
     * of the publication year, July of the year before). The start goes back to the end's year.
     */
    static FuzzyDate beforeItsRangeEnd(String clean, int end, FuzzyDate date, LocalDate published) {
        Matcher own = SIMPLE_DATE.matcher(date.edtf());
        Matcher range = YEARLESS_RANGE_END.matcher(clean.substring(end, Math.min(clean.length(), end + 40)));
        if (!own.matches() || own.group(2) == null || !range.find()) {
            return date;
        }
        int endMonth = MonthNames.number(range.group(1).substring(0, 3));
        int ownMonth = Integer.parseInt(own.group(2).substring(1));
        if (ownMonth > 12 || endMonth < 1) {
            return date;
        }
        int endYear = endMonth <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        int year = ownMonth > endMonth ? endYear - 1 : endYear;
        return year < Integer.parseInt(own.group(1))
                ? new FuzzyDate(year + own.group(2) + (own.group(3) == null ? "" : own.group(3))) : date;
    }

    private static final Pattern UNTIL_AFTER = Pattern.compile("(?i)^\\s*(?:until|till|through)\\b");
    private static final Pattern RANGE_OPENED = Pattern.compile("(?i)\\b(?:from|between)\\s+(?:the\\s+)?$");

    /**
     * "renewed the operation in March until March 31, 2018", "extended the mandate on June 29 until Dec. 31": a day
     * and an "until" after it with no "from" before it are a decision and the end it set, not one span, so the day
     * keeps its own year ("from 14 January until July" is a span).
     */
    static boolean endOnly(String after, String before) {
        return UNTIL_AFTER.matcher(after).find() && !RANGE_OPENED.matcher(before).find();
    }

    /** A month name right before a bare year: the two are one date the tagger split. */
    private static final Pattern MONTH_BEFORE_YEAR = Pattern.compile(
            "\\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+$");
    private static final Pattern SIMPLE_DATE = Pattern.compile("(\\d{4})(-\\d{2})?(-\\d{2})?");
    private static final Pattern YEAR_NEXT = Pattern.compile("^\\s+(\\d{4})\\b");

    /**
     * A month or season without a year that points back at the date last named with one:
     * "November of that year", "that autumn" (the year last named), "the following May" (the
     * first May after it). Told in a history ("had taken command when the headquarters opened
     * that autumn"), they are not counted from the publication day.
     */
    private static FuzzyDate anaphoricDate(String clean, String expr, String before, int end, FuzzyDate date,
                                           FuzzyDate anchor) {
        Matcher own = SIMPLE_DATE.matcher(date.edtf());
        if (!own.matches()) {
            return date;
        }
        String after = clean.substring(end, Math.min(clean.length(), end + 40));
        if (own.group(3) != null && anchor != null && !expr.matches(".*\\b\\d{4}\\b.*")
                && after.matches("(?is)^\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b.*")) {
            return new FuzzyDate(anchor.edtf().substring(0, 4) + own.group(2) + own.group(3)); // "on 31 December that year"
        }
        if (own.group(3) != null) {
            // "between 24 October and 12 December 2008": a day without its year has the year of the
            // range's end, not the one the publication day suggests
            Matcher range = RANGE_END.matcher(after);
            if (expr.matches(".*\\b\\d{4}\\b.*") || !range.find() || endOnly(after, before)) {
                return date;
            }
            int year = Integer.parseInt(range.group(2));
            int other = MonthNames.number(range.group(1).substring(0, 3));
            int mine = Integer.parseInt(own.group(2).substring(1));
            return new FuzzyDate((mine > other ? year - 1 : year) + own.group(2) + own.group(3));
        }
        Matcher yearNext = YEAR_NEXT.matcher(after);
        if (own.group(2) != null && yearNext.find()) {
            return new FuzzyDate(yearNext.group(1) + own.group(2)); // "June 2019" the tagger split in two
        }
        Matcher range = RANGE_END.matcher(after);
        if (range.find() && !endOnly(after, before) && own.group(2) != null && Integer.parseInt(own.group(2).substring(1)) <= 12) {
            // "from January to June 2019": the first month has the year of the second
            int year = Integer.parseInt(range.group(2));
            int other = MonthNames.number(range.group(1).substring(0, 3));
            return new FuzzyDate((Integer.parseInt(own.group(2).substring(1)) > other ? year - 1 : year) + own.group(2));
        }
        if (anchor == null) {
            return date;
        }
        if (own.group(2) == null) {
            // "that year", "the same year": the year last named
            return expr.matches("(?i)^(?:that|the\\s+same)\\s+year$") ? new FuzzyDate(anchor.edtf().substring(0, 4)) : date;
        }
        boolean sameYear = after.matches("(?is)^\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b.*")
                || before.matches("(?is).*\\bthat\\s+$") || expr.matches("(?i)^that\\s+\\w+$");
        boolean following = expr.matches("(?i)^the\\s+(?:following|next)\\s+\\w+$")
                || before.matches("(?is).*\\bthe\\s+(?:following|next)\\s+$");
        if (!sameYear && !following) {
            return date;
        }
        Matcher a = SIMPLE_DATE.matcher(anchor.edtf());
        if (!a.matches()) {
            return date;
        }
        int year = Integer.parseInt(a.group(1));
        int part = Integer.parseInt(own.group(2).substring(1));
        if (following) {
            int anchorPart = a.group(2) == null ? 0 : Integer.parseInt(a.group(2).substring(1));
            // a month after the anchor's month (seasons 21-24 compare by their first month)
            int mine = part > 20 ? (part - 21) * 3 + 3 : part;
            int theirs = anchorPart > 20 ? (anchorPart - 21) * 3 + 3 : anchorPart;
            if (a.group(2) == null || mine <= theirs) {
                year++;
            }
        }
        return new FuzzyDate(year + own.group(2));
    }

    static DateRole dateRole(String before, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("since ")) {
            return DateRole.SINCE;
        }
        if (t.startsWith("until ") || t.startsWith("till ")) {
            return DateRole.UNTIL;
        }
        if (SINCE_CREATED.matcher(before).find() || SINCE_CLAUSE.matcher(before).find()) {
            return DateRole.SINCE;
        }
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        if (b.matches("(?s).*\\b(since|starting|beginning|effective)(\\s+(in|on|the))*$")) {
            return DateRole.SINCE;
        }
        if (b.matches("(?s).*\\b(from|between)(\\s+(in|on|the))*$")) {
            return DateRole.FROM;
        }
        if (b.matches("(?s).*\\b(until|till|through|to|and|by|ending|expire[sd]?|end)(\\s+(in|on|the|of))*$")) {
            return DateRole.UNTIL;
        }
        return DateRole.AT;
    }

    /** Whether {@code a} lies nearer the day than {@code b} (by their first days). */
    private static boolean nearer(FuzzyDate a, FuzzyDate b, LocalDate day) {
        if (a.earliest() == null || b.earliest() == null) {
            return false;
        }
        long da = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, a.earliest()));
        long db = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, b.earliest()));
        return da < db;
    }
}
