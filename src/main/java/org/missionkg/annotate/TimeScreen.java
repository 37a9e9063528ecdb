package org.missionkg.annotate;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which sentences SUTime can find a time expression in, decided without running it ({@link IsolatedSutime} runs
 * SUTime only on those).
 *
 * <p>SUTime ran on every sentence and was a third of the ingest's processor time (Java Flight Recorder,
 * 6 December 2026). On the gold sets' 557 articles the screen skips 4,060 of 11,173 sentences; they took 22 % of
 * SUTime's processor time (they are the shorter ones), and SUTime found a time in none of them. The ingest's profile
 * went from 31 % SUTime to 26 %. Most sentences still go to SUTime because many of the words its rules read are common
 * ("may", "time", "now", "second", "march"), and numbers let a sentence through whatever their value.
 * The screen is read from SUTime's own rule files in CoreNLP 4.5.10 ({@code defs.sutime.txt},
 * {@code english.sutime.txt}, {@code english.holidays.sutime.txt}, the files its English setting loads;
 * {@code TimeScreenTest} checks they are still the ones read). In those files a time expression is built
 * only from:
 * <ul>
 * <li>a token that one of the basic token rules turns into a time on its own (units such as "year" and
 *     "fortnight", parts of the day, seasons, "today", weekdays and months with their abbreviations, the
 *     holidays, decades spelt out, "birthday", and the vague "past", "now", "currently", "future" ...):
 *     {@link #WORDS};</li>
 * <li>a word ending in one of the frequency words ("weekly", "biannual"): {@link #PERIODIC};</li>
 * <li>a number: every rule that makes a time from a number alone (a year, "10 past 11", "5 pm") needs
 *     either a digit or a token that CoreNLP's {@link NumberNormalizer} read as a number or ordinal
 *     (the {@code numcomptype} its rules test), and the text rules that read the sentence's text need a
 *     digit or a number word joined to a unit or "quarter" by a hyphen ("three-month"): {@link #HYPHENED}.</li>
 * </ul>
 * Every other rule (the composite ones, "the end of", "last", "early", "every") only widens or combines a
 * time made by one of these, and a time-zone name alone ("EST", or a country a zone is named after) is
 * rejected by SUTime's last filter. A sentence with none of them gets no time expression from SUTime, so
 * skipping it changes nothing. The words are matched as SUTime matches them, whole tokens without regard
 * to case, against each token's text and its original text; the numbers are those of the same
 * {@link NumberNormalizer} pass SUTime starts with, which is run on every sentence, screened or not,
 * because NER takes its NUMBER and ORDINAL tags from it.
 */
final class TimeScreen {
    private TimeScreen() {
    }

    /** Tokens one of SUTime's token rules makes a time of by itself, as those rules spell them. */
    static final Pattern WORDS = Pattern.compile(String.join("|",
            // units (english.sutime.txt, "Durations")
            "years?|yrs?|months?|mos?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|milliseconds?|millisecs?",
            "weeks?|wks?|fortnights?|quarters?|decades?|centurys?|centuries?|millenn?ias?|millenn?iums?",
            // parts of the day ("Time of Day")
            "mornings?|afternoons?|evenings?|dusks?|twilights?|dawns?|daybreaks?|sunrises?|sunups?|sundowns?|sunsets?",
            "middays?|noons?|midnights?|teatimes?|lunchtimes?|dinnertimes?|suppertimes?|daylights?|daytimes?",
            "nighttimes?|nights?|overnights?|workday|work(ing)? day|business hours",
            // seasons, relative days
            "summers?|winters?|falls?|autumns?|springs?|yesterdays?|todays?|tomorrows?|tonights?|tonites?",
            // days of the week, with the abbreviations the rules accept
            "mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?",
            "mons?|tues?|weds?|thurs?|fris?|sats?|suns?|weekends?|weekdays?|workweek",
            // months
            "januarys?|februarys?|marchs?|aprils?|mays?|junes?|julys?|augusts?|septembers?|octobers?|novembers?|decembers?",
            "jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?",
            // decades spelt out ("the sixties"), "the twenty-first-century" spelt as one token, birthdays
            "oughts|noughts|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
            "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                    + "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth"
                    + "|sixtieth|seventieth|eightieth|ninetieth|hundredth)-century",
            "birthday",
            // english.holidays.sutime.txt: the holidays whose rule holds no other word of this list
            "halloween|x-?mas|christmas|thanksgiving|easter|mayo",
            // the vague times of the last token stage ("the past", "at the time", "currently", "the near future")
            "past|recently|time|once|medieval|previously|present|current|currently|now|future"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The frequency words ("(unit)ly" rule), found at a token's end as the rule finds them ("biannual", "semi-weekly"). */
    static final Pattern PERIODIC = Pattern.compile("(centennial|yearly|annually|annual|hourly|nightly|daily|weekly|monthly|quarterly)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The two text rules that need no digit: a number word and a unit joined by a hyphen ("three-month",
     * "ten-day-old"), and an ordinal word joined to "quarter" ("third-quarter"); found anywhere in the
     * sentence's text, as text rules are, the units by their shortest spelling in SUTime's unit map.
     */
    static final Pattern HYPHENED = Pattern.compile(
            "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                    + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
                    + "-(year|yr|month|mo|day|hour|hr|minute|min|second|sec|millisec|week|wk|fortnight|quarter|centur|millen)"
                    + "|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                    + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
                    + "|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)-quarter",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether SUTime could find a time expression in this sentence, whose {@code NumerizedTokensAnnotation}
     * is set (SUTime's own number pass; see {@link #numbers}).
     */
    static boolean couldHoldTime(CoreMap sentence) {
        List<CoreMap> numerized = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
        if (numerized != null) {
            for (CoreMap n : numerized) {
                if (n.get(CoreAnnotations.NumericCompositeTypeAnnotation.class) != null) {
                    return true;
                }
            }
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null) {
            for (CoreLabel t : tokens) {
                if (couldBeTemporal(t.word()) || couldBeTemporal(t.originalText())) {
                    return true;
                }
            }
        }
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        return text != null && HYPHENED.matcher(text).find();
    }

    private static boolean couldBeTemporal(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return WORDS.matcher(word).matches() || PERIODIC.matcher(word).find();
    }

    /**
     * SUTime's first step on a sentence, done here whether SUTime then runs or not: CoreNLP's number
     * finder, whose result the NER step reads for its NUMBER and ORDINAL tags. The same call, and the
     * same handling of a number it cannot read, as {@code TimeExpressionExtractorImpl.extractTimeExpressions};
     * there it is skipped when the numbers are already set, so SUTime does not run it twice.
     */
    static void numbers(CoreMap sentence) {
        if (!sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)) {
            try {
                sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, NumberNormalizer.findAndMergeNumbers(sentence));
            } catch (NumberFormatException e) {
                sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, new ArrayList<>());
            }
        }
    }
}
