package org.missionkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.Article;

/**
 * Warnings about an article that will be stored but is unlikely to give facts: text that is not
 * English, HTML markup fed as text. The rules read English prose only.
 *
 * <p>Language: the front matter's {@code language} when given; otherwise the share of the
 * words that are common English function words. English news prose has 30-45% of them; French,
 * German or Spanish prose under 10% (their own function words are different strings). That is
 * all this check needs to tell, it costs no dependency or model load, and it never misfires on
 * short texts (under 40 words it says nothing). A full language detector (lingua, optimaize)
 * would name the language, at tens of megabytes of profiles; naming it is not needed here.
 */
final class InputWarnings {
    /** Below this share of English function words a text is said not to look English. */
    static final double MIN_ENGLISH_SHARE = 0.12;
    static final int MIN_WORDS = 40;

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "was", "for", "on",
            "that", "with", "as", "by", "at", "from", "it", "has", "have", "be", "are", "were", "said", "its", "an",
            "which", "will", "after", "he", "she", "this", "their", "his", "her", "who", "not", "been", "but", "or",
            "also", "had", "they", "would", "than", "into", "over", "about", "since", "more", "we", "our");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TAG = Pattern.compile("</?(?:html|head|body|div|span|p|a|script|style|meta|table|td|tr|li|ul|br)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private InputWarnings() {
    }

    static List<String> of(Article article) {
        List<String> out = new ArrayList<>();
        String lang = article.meta().language();
        if (lang != null && !lang.isBlank()) {
            String l = lang.strip().toLowerCase(Locale.ROOT);
            if (!(l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("english"))) {
                out.add(article.source() + ": language '" + lang.strip() + "' is not English: the rules read English only, "
                        + "expect few or no facts");
            }
        } else {
            double share = englishShare(article.text());
            if (share >= 0) {
                if (share < MIN_ENGLISH_SHARE) {
                    out.add(String.format(Locale.ROOT, "%s: does not look like English (%.0f%% common English words, "
                            + "English prose has 30-45%%): the rules read English only; set 'language' in the front "
                            + "matter to silence this", article.source(), share * 100));
                }
            }
        }
        Matcher tags = TAG.matcher(article.text());
        int n = 0;
        while (n < 5 && tags.find()) {
            n++;
        }
        if (n >= 5) {
            out.add(article.source() + ": looks like HTML markup, not plain text: extract the article text first");
        }
        return out;
    }

    /** The share of words that are common English words, or -1 when the text is too short to tell. */
    static double englishShare(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find() && words < 5000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words < MIN_WORDS ? -1 : (double) english / words;
    }
}
