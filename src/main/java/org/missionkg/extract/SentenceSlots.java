package org.missionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.annotate.DateResolver;
import org.missionkg.annotate.Tense;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.MonthNames;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.NerMention;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.GazetteerMatch.Category;
import org.missionkg.vocab.Iris;

/**
 * Finds the slots of one sentence: gazetteer names (missions, countries, organisations,
 * places, ranks, roles), CoreNLP's people, dates and numbers, and mission phrases such as
 * "the training mission" that stand for the mission in focus. Ranks join the name they stand
 * before; overlaps are settled longest-first, gazetteer names before the tagger's.
 */
final class SentenceSlots {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "it", "we", "i", "you",
            "his", "hers", "their", "them", "us");

    private static final Pattern SINCE_CREATED = Pattern.compile(
            "(?i)since\\s+(?:it|its|the\\s+\\w+)\\s+(?:was\\s+)?(?:creat|launch|establish|start|set\\s+up|incepti|"
                    + "began|found|inaugurat|deploy)\\w*\\s+(?:in\\s+|on\\s+)?(?:the\\s+)?$");

    private final DateResolver dates;

    private final MissionPhrases phrases;

    SentenceSlots(DateResolver dates, Gazetteer gazetteer) {
        this.dates = dates;
        this.phrases = new MissionPhrases(gazetteer);
    }

    /** The slots of a sentence, in text order, numbered from 0. */
    List<Slot> find(String clean, AnnotatedSentence s, List<GazetteerMatch> gaz, ArticleContext ctx) {
        if (s.index() == 0) {
            ctx.rememberExplicitDate(null);
        }
        List<Slot> found = new ArrayList<>();
        List<int[]> ranks = new ArrayList<>();
        List<String> rankLabels = new ArrayList<>();
        for (GazetteerMatch m : gaz) {
            switch (m.category()) {
                case RANK -> {
                    ranks.add(new int[] {m.start(), m.end()});
                    rankLabels.add(m.label());
                }
                case ROLE -> found.add(new Slot(-1,
                        m.label().equalsIgnoreCase("commander") ? SlotType.COMMAND_ROLE : SlotType.ROLE,
                        m.start(), m.end(), m.surface(), null, null, m.label(), m.iri(), null, null, null, null));
                default -> found.add(Slot.entity(typeOf(m.category()), m.start(), m.end(), m.surface(), m.entity()));
            }
        }
        militaryUnits(clean, s, found);
        List<Slot> tagged = new ArrayList<>();
        for (NerMention m : s.mentions()) {
            Slot slot = fromMention(clean, s, m, ctx);
            if (slot != null) {
                tagged.add(slot);
            }
        }
        NumberSlots.joinSpacedThousands(clean, tagged);
        List<Slot> namedMissions = found.stream().filter(f -> f.type() == SlotType.MISSION).toList();
        for (Slot phrase : phrases.find(clean, s, ctx, namedMissions, gaz)) {
            boolean clash = found.stream().anyMatch(f -> f.overlaps(phrase.begin(), phrase.end())
                    && (f.type() == SlotType.MISSION || f.begin() < phrase.begin() || f.end() > phrase.end()
                    || f.type() == SlotType.PERSON));
            if (!clash) {
                // "the newly-announced NATO mission": the name inside is part of the phrase.
                found.removeIf(f -> f.overlaps(phrase.begin(), phrase.end()));
                found.add(phrase);
            }
        }
        for (Slot shape : placeShapes(clean, s)) {
            if (found.stream().noneMatch(f -> f.overlaps(shape.begin(), shape.end()))) {
                found.add(shape);
            }
        }
        for (Slot t : tagged) {
            if (t.type() == SlotType.ORGANIZATION && found.stream().anyMatch(f -> f.overlaps(t.begin(), t.end()))
                    && found.stream().filter(f -> f.overlaps(t.begin(), t.end())).allMatch(f ->
                    (f.type() == SlotType.PLACE || f.type() == SlotType.COUNTRY || f.type() == SlotType.DEMONYM)
                            && f.begin() >= t.begin() && f.end() <= t.end() && f.end() - f.begin() < t.end() - t.begin())) {
                // "University of Ottawa": the tagger's organisation holds the gazetteer's place.
                found.removeIf(f -> f.overlaps(t.begin(), t.end()));
            }
            if (found.stream().noneMatch(f -> f.overlaps(t.begin(), t.end()))
                    && ranks.stream().noneMatch(r -> r[0] < t.end() && t.begin() < r[1])) {
                found.add(t);
            }
        }
        namesAfterTitles(clean, s, found, ranks);
        knownSurnames(clean, s, found, ranks, ctx);
        if (s.index() == 0) {
            ctx.rememberSentencePerson(null);
        }
        Slot pronoun = leadingPronoun(clean, s, found, ctx.sentencePerson());
        if (pronoun != null) {
            found.add(pronoun);
        }
        found.sort(Comparator.comparingInt(Slot::begin));
        List<Slot> merged = joinRanks(clean, found, ranks, rankLabels, ctx);
        List<Slot> out = new ArrayList<>(merged.size());
        for (Slot slot : merged) {
            out.add(slot.withId(out.size()));
        }
        // A sentence that names nobody leaves the person before in place: "He" two sentences on is still that one.
        out.stream().filter(x -> x.type() == SlotType.PERSON && x.entity() != null)
                .map(Slot::entity).findFirst().ifPresent(ctx::rememberSentencePerson);
        return out;
    }

    /**
     * Bases the gazetteer does not list, known by how bases are named: "Camp Adazi", "Camp Lemonnier",
     * "Al Udeid Air Base", "Niamey Airport", "Forward Operating Base Fenty".
     */
    private static final Pattern PLACE_SHAPE = Pattern.compile(
            "\\b(?:(?:Camp|Forward\\s+Operating\\s+Base|FOB|Fort)\\s+(?:[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}]+)*)"
                    + "(?:\\s+[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}]+)*){0,2}"
                    + "|(?:(?:[A-Z][\\p{L}'’]+|al|el)(?:-[A-Z]?[\\p{L}]+)*\\s+){1,3}"
                    + "(?:Air\\s+Base|Airbase|Air\\s+Field|Airfield|International\\s+Airport|Airport|Naval\\s+Base))\\b");
    private static final Set<String> NOT_A_BASE_NAME = Set.of("The", "A", "An", "At", "In", "From", "To", "Of", "And",
            "Its", "Their", "His", "Her", "Our", "This", "That");

    private static List<Slot> placeShapes(String clean, AnnotatedSentence s) {
        List<Slot> out = new ArrayList<>();
        Matcher m = PLACE_SHAPE.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int begin = m.start();
            String text = m.group();
            String first = text.split("\\s+")[0];
            while (NOT_A_BASE_NAME.contains(first) && text.contains(" ")) {
                // "At Ali Al Salem Air Base": the sentence's first word is not part of the name.
                text = text.substring(first.length()).stripLeading();
                begin = m.end() - text.length();
                first = text.split("\\s+")[0];
            }
            if (text.split("\\s+").length < 2 || NOT_A_BASE_NAME.contains(first)) {
                continue;
            }
            out.add(Slot.entity(SlotType.PLACE, begin, m.end(), text,
                    new EntityRef(EntityKind.PLACE, Iris.slug(text), text)));
        }
        return out;
    }

    /** "5th Infantry Brigade", "1st Canadian Division", "82nd Airborne Division": a unit, by its shape. */
    private static final Pattern MILITARY_UNIT = Pattern.compile(
            "\\b(?:\\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
                    + "\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Brigade|Division|Regiment|Battalion|Corps|Wing|Squadron|Fleet)"
                    + "(?:\\s+(?:Group|Combat\\s+Team))?\\b");

    private static void militaryUnits(String clean, AnnotatedSentence s, List<Slot> found) {
        Matcher m = MILITARY_UNIT.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            if (found.stream().anyMatch(f -> f.overlaps(b, e))) {
                continue;
            }
            found.add(Slot.entity(SlotType.ORGANIZATION, b, e, m.group(),
                    new EntityRef(EntityKind.ORGANIZATION, Iris.slug(m.group()), m.group())));
        }
    }

    /**
     * A sentence that opens with "He", "She" or "The Danish general" goes on about the first
     * person the sentence before named ("Her boss is a Dane, Maj.-Gen. X. He took command of
     * the mission in May"): that person, when there is one; otherwise no slot.
     */
    private static final Pattern LEADING_PRONOUN = Pattern.compile(
            "\\G\\s*(He|She|The\\s+(?:(?:new|outgoing|incoming|\\p{Lu}\\p{Ll}+)\\s+)?(?:general|admiral|commodore|brigadier|"
                    + "(?:one|two|three|four)-star(?:\\s+(?:general|admiral))?))\\b(?!['’])");

    /**
     * "Two years later he was in Afghanistan", "where he commanded Sector West": a lower-case
     * "he"/"she" after an opening phrase that names no person is the same person as a leading "He".
     */
    private static final Pattern INNER_PRONOUN = Pattern.compile("\\b(he|she)\\b(?!['’])");

    private static Slot leadingPronoun(String clean, AnnotatedSentence s, List<Slot> found, EntityRef previous) {
        if (previous == null) {
            return null;
        }
        Matcher m = LEADING_PRONOUN.matcher(clean).region(s.begin(), s.end());
        if (!m.find()) {
            Matcher inner = INNER_PRONOUN.matcher(clean).region(s.begin(), s.end());
            if (!inner.find() || found.stream().anyMatch(f -> f.type() == SlotType.PERSON && f.begin() < inner.start())
                    || found.stream().anyMatch(f -> f.overlaps(inner.start(1), inner.end(1)))) {
                return null;
            }
            return Slot.entity(SlotType.PERSON, inner.start(1), inner.end(1), inner.group(1), previous);
        }
        // "The Italian two-star": the tagger's number inside is part of the person.
        if (found.stream().anyMatch(f -> f.overlaps(m.start(1), m.end(1))
                && f.type() != SlotType.DEMONYM && f.type() != SlotType.NUMBER)) {
            return null;
        }
        found.removeIf(f -> f.overlaps(m.start(1), m.end(1))); // "The Danish general": one person
        return Slot.entity(SlotType.PERSON, m.start(1), m.end(1), m.group(1), previous);
    }

    /**
     * A surname standing alone ("Whitford most recently served as …") that the tagger did not
     * take for a name, where the article names the person in full: that person.
     */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}]+)*(?![\\p{L}-])");

    private static void knownSurnames(String clean, AnnotatedSentence s, List<Slot> found, List<int[]> ranks,
                                      ArticleContext ctx) {
        Matcher m = CAPITALISED.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            String word = m.group().replaceFirst("['’]s$", "");
            if (!ctx.isKnownSurname(word) || found.stream().anyMatch(f -> f.overlaps(b, e))
                    || ranks.stream().anyMatch(r -> r[0] < e && b < r[1])) {
                continue;
            }
            found.add(Slot.entity(SlotType.PERSON, b, b + word.length(), word, null));
        }
    }

    private static SlotType typeOf(Category c) {
        return switch (c) {
            case MISSION -> SlotType.MISSION;
            case COUNTRY -> SlotType.COUNTRY;
            case DEMONYM -> SlotType.DEMONYM;
            case ORGANIZATION -> SlotType.ORGANIZATION;
            case PLACE -> SlotType.PLACE;
            case PERSON -> SlotType.PERSON;
            default -> throw new IllegalArgumentException(c.toString());
        };
    }

    private Slot fromMention(String clean, AnnotatedSentence s, NerMention m, ArticleContext ctx) {
        String text = m.text();
        switch (m.type()) {
            case "PERSON" -> {
                if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(text.charAt(0))) {
                    return null;
                }
                return Slot.entity(SlotType.PERSON, m.begin(), m.end(), text, null);
            }
            case "CITY", "LOCATION", "STATE_OR_PROVINCE" -> {
                if (ctx.isKnownSurname(text)) {
                    return Slot.entity(SlotType.PERSON, m.begin(), m.end(), text, null);
                }
                if (!Character.isUpperCase(text.charAt(0)) || text.equals(text.toUpperCase(Locale.ROOT))) {
                    return null;
                }
                return Slot.entity(SlotType.PLACE, m.begin(), m.end(), text,
                        new EntityRef(EntityKind.PLACE, Iris.slug(text), text));
            }
            case "ORGANIZATION" -> {
                if (!Character.isUpperCase(text.charAt(0))) {
                    return null;
                }
                String name = text.replaceFirst("^(?i)the\\s+", "");
                return Slot.entity(SlotType.ORGANIZATION, m.begin(), m.end(), text,
                        new EntityRef(EntityKind.ORGANIZATION, Iris.slug(name), name));
            }
            case "DATE" -> {
                return dateSlot(clean, s, m, ctx);
            }
            case "NUMBER" -> {
                return NumberSlots.of(clean, m);
            }
            default -> {
                return null;
            }
        }
    }

    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:until|till|through)\\s+(?:the\\s+end\\s+of\\s+)?$");

    private Slot dateSlot(String clean, AnnotatedSentence s, NerMention m, ArticleContext ctx) {
        if (ctx.published() == null && !m.text().matches(".*\\d{4}.*")) {
            return null;
        }
        // SUTime folds a leading "end" into the date ("slated to end March 31"): it is the verb.
        String expr = m.text().replaceFirst("(?i)^end\\s+(?=\\p{Lu})", "");
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
        Optional<FuzzyDate> d = dates.resolve(expr, m.normalized(),
                ctx.published() == null ? java.time.LocalDate.now() : ctx.published(), tense);
        if (d.isEmpty()) {
            return null;
        }
        int begin = m.begin() + (m.text().length() - expr.length());
        String before = clean.substring(Math.max(s.begin(), m.begin() - 60), begin);
        FuzzyDate date = d.get();
        if (expr.matches(".*\\b\\d{4}\\b.*") && SIMPLE_DATE.matcher(date.edtf()).matches()) {
            ctx.rememberExplicitDate(date);
        } else {
            date = anaphoricDate(clean, expr, before, m.end(), date, ctx.explicitDate());
        }
        return new Slot(-1, SlotType.DATE, begin, m.end(), expr, null, null, null, null, date,
                dateRole(before, expr), null, null);
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
        java.time.LocalDate start = anchor.earliest();
        FuzzyDate date = switch (unit) {
            case "year" -> a.group(2) == null ? FuzzyDate.ofYear(start.getYear() + n)
                    : a.group(3) == null ? FuzzyDate.ofMonth(java.time.YearMonth.from(start).plusYears(n))
                    : FuzzyDate.ofDay(start.plusYears(n));
            case "month" -> a.group(2) == null ? null : a.group(3) == null
                    ? FuzzyDate.ofMonth(java.time.YearMonth.from(start).plusMonths(n)) : FuzzyDate.ofDay(start.plusMonths(n));
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
            "^\\s*(?:to|until|till|through|-|–)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
                    + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");
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
        if (!own.matches() || own.group(3) != null) {
            return date;
        }
        String after = clean.substring(end, Math.min(clean.length(), end + 40));
        Matcher yearNext = YEAR_NEXT.matcher(after);
        if (own.group(2) != null && yearNext.find()) {
            return new FuzzyDate(yearNext.group(1) + own.group(2)); // "June 2019" the tagger split in two
        }
        Matcher range = RANGE_END.matcher(after);
        if (range.find() && own.group(2) != null && Integer.parseInt(own.group(2).substring(1)) <= 12) {
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
        boolean sameYear = after.matches("(?is)^\\s+of\\s+that\\s+year\\b.*")
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
        if (SINCE_CREATED.matcher(before).find()) {
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

    /** A capitalised name right after a title or rank that the tagger missed ("Foreign Minister Francois-Philippe Champagne"). */
    private static void namesAfterTitles(String clean, AnnotatedSentence s, List<Slot> found, List<int[]> ranks) {
        List<int[]> anchors = new ArrayList<>(ranks);
        for (Slot f : found) {
            if (f.type() == SlotType.ROLE || f.type() == SlotType.COMMAND_ROLE) {
                anchors.add(new int[] {f.begin(), f.end()});
            }
        }
        Pattern name = Pattern.compile("\\G\\s+((?:(?:\\p{Lu}[\\p{L}'’]+|al|bin|de|van|von|der)(?:-\\p{Lu}?[\\p{L}]+)*\\s+)*"
                + "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}]+)*)");
        for (int[] a : anchors) {
            if (a[1] >= s.end()) {
                continue;
            }
            Matcher m = name.matcher(clean).region(a[1], s.end());
            if (!m.find()) {
                continue;
            }
            int b = m.start(1);
            int e = m.end(1);
            if (m.group(1).split("\\s+").length < 2) {
                continue;
            }
            // "KFOR commander Maj Gen X": the rank is no part of the name; the rank's own anchor finds it.
            if (ranks.stream().anyMatch(r -> r[0] < e && b < r[1])) {
                continue;
            }
            // "Lt.-Gen. Per Pugholm Olsen" where the tagger found only "Pugholm Olsen": the whole name.
            found.removeIf(f -> f.type() == SlotType.PERSON && f.entity() == null && f.begin() > b && f.end() == e);
            if (found.stream().anyMatch(f -> f.overlaps(b, e))) {
                continue;
            }
            found.add(Slot.entity(SlotType.PERSON, b, e, m.group(1), null));
        }
    }

    /** A rank directly before a person becomes part of that person's slot; people get their entity here. */
    private static List<Slot> joinRanks(String clean, List<Slot> sorted, List<int[]> ranks, List<String> rankLabels,
                                        ArticleContext ctx) {
        List<Slot> out = new ArrayList<>();
        for (Slot slot : sorted) {
            if (slot.type() != SlotType.PERSON) {
                out.add(slot);
                continue;
            }
            String rank = null;
            int begin = slot.begin();
            for (int i = 0; i < ranks.size(); i++) {
                int[] r = ranks.get(i);
                if (r[1] <= slot.begin() && clean.substring(r[1], slot.begin()).isBlank()) {
                    rank = rankLabels.get(i);
                    begin = r[0];
                }
            }
            EntityRef person = slot.entity() != null ? slot.entity() : ctx.person(slot.text(), rank);
            if (rank == null) {
                rank = ctx.knownRank(person);
            }
            out.add(slot.withEntity(person).withRank(rank).withSpan(begin, slot.end(), clean.substring(begin, slot.end())));
        }
        return out;
    }
}
