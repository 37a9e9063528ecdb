package org.missionkg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CountQualifier;
import org.missionkg.model.NerMention;

/**
 * Number slots: the counts of a sentence as the rules bind them, read from CoreNLP's NUMBER
 * mentions with the qualifier the words before them give ("about 500", "up to 4,000"). Split
 * from {@link SentenceSlots}, which finds every other kind of slot.
 */
final class NumberSlots {
    private static final Pattern NUMBER_WORDS = Pattern.compile("(?i)hundreds?|thousands?|dozens?|several|many|scores?");

    private NumberSlots() {
    }

    /** A count CoreNLP tagged ("1,200", "a thousand", "three"), with the qualifier printed before it; null for no count ("hundreds of"). */
    static Slot of(String clean, NerMention m) {
        String text = m.text();
        int begin = m.begin();
        Long value = null;
        String digits = text.replaceAll("[,\\s]", "");
        // "a thousand soldiers", "more than a hundred": the article makes the word a count.
        String lead = clean.substring(Math.max(0, begin - 4), begin);
        boolean single = text.matches("(?i)hundred|thousand") && lead.matches("(?is).*\\b(?:a|one)\\s+$");
        if (single) {
            Matcher article = Pattern.compile("(?i)\\b(?:a|one)\\s+$").matcher(lead);
            if (article.find()) {
                begin -= lead.length() - article.start();
            }
            text = clean.substring(begin, m.end());
            value = text.toLowerCase(Locale.ROOT).endsWith("thousand") ? 1000L : 100L;
        } else if (digits.matches("\\d+")) {
            value = Long.parseLong(digits);
        } else if (!NUMBER_WORDS.matcher(text).matches() && m.normalized() != null) {
            String n = m.normalized().replaceAll("^[<>=~]+", "");
            try {
                double v = Double.parseDouble(n);
                if (v == Math.rint(v) && v >= 0) {
                    value = (long) v;
                }
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null) {
            return null;
        }
        String before = clean.substring(Math.max(0, begin - 30), begin).toLowerCase(Locale.ROOT);
        if (before.matches("(?s).*\\b(several|hundreds of|thousands of)\\s*$")) {
            return null;
        }
        return new Slot(-1, SlotType.NUMBER, begin, m.end(), text, null, null, null, null, null, null, value,
                qualifier(before, m.normalized()));
    }

    /** "3 700 soldiers": a figure printed with a space between its thousands is one number, not two. */
    static void joinSpacedThousands(String clean, List<Slot> tagged) {
        tagged.sort(Comparator.comparingInt(Slot::begin));
        for (int i = 0; i + 1 < tagged.size(); i++) {
            Slot a = tagged.get(i);
            Slot b = tagged.get(i + 1);
            if (a.type() == SlotType.NUMBER && b.type() == SlotType.NUMBER && a.number() != null && b.number() != null
                    && a.text().matches("\\d{1,3}") && b.text().matches("\\d{3}")
                    && clean.substring(a.end(), b.begin()).matches("[ \\u00a0\\u202f]")) {
                tagged.set(i, new Slot(-1, SlotType.NUMBER, a.begin(), b.end(), clean.substring(a.begin(), b.end()),
                        null, null, null, null, null, null, a.number() * 1000 + b.number(), a.qualifier()));
                tagged.remove(i + 1);
            }
        }
    }

    /** What the words before a count say of it: "up to", "more than", "fewer than", "about", else exact. */
    static CountQualifier qualifier(String before, String normalized) {
        String b = before.stripTrailing();
        if (b.matches("(?s).*\\b(up to|as many as|a maximum of|maximum of|no more than|capped at)$")) {
            return CountQualifier.UP_TO;
        }
        if (b.matches("(?s).*\\b(more than|over|at least|upwards of|in excess of|above)$")) {
            return CountQualifier.MORE_THAN;
        }
        if (b.matches("(?s).*\\b(fewer than|less than|under|below|not quite)$")) {
            return CountQualifier.FEWER_THAN;
        }
        if (b.matches("(?s).*\\b(about|roughly|around|approximately|some|nearly|almost|near|an estimated|"
                + "estimated|close to|approx\\.|circa|or so)$")) {
            return CountQualifier.ABOUT;
        }
        return CountQualifier.EXACT;
    }
}
