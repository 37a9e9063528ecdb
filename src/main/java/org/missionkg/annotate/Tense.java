package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The time a clause speaks about, as far as a relative date in it needs to know: whether
 * "Friday" or "in November" points back from the publication date or forward from it.
 *
 * <pre>
 *   Tense.of(List.of("troops", "left", "on", "Friday"), List.of("NNS", "VBD", "IN", "NNP"))
 *       // PAST
 *   Tense.of(words, tags, indexOfDate)   // looks at the verb group nearest before the date
 * </pre>
 *
 * Tokens are grouped into verb groups (runs of verbs, modals, adverbs and "to", such as
 * "is slated to end" or "has been leading"); each group is classified on its own:
 * <ul>
 *   <li>FUTURE: a modal will / would / shall / 'll / wo (of "won't"), or going / slated /
 *       scheduled / expected / set / due / poised / about / plan(s) / planning / intend(s), or a
 *       present is / are, followed by "to" and a base-form verb ("is slated to end", "is to
 *       succeed", not "due to concerns");</li>
 *   <li>PAST: a past-tense verb (VBD, which covers "had"), a perfect ("has been leading"),
 *       or a bare participle ("the mission launched in 2018");</li>
 *   <li>PRESENT: a present-tense verb, a present passive ("is led by"), or another modal
 *       (can, may, could, might, should, must);</li>
 *   <li>no verdict: a lone gerund or infinitive ("speaking", "to expand").</li>
 * </ul>
 * Most news reports what happened, so a clause without any verdict is PAST.
 */
public enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    /** Words that, followed by "to" and a base-form verb, announce something yet to happen. */
    private static final Set<String> INTENT = Set.of("going", "slated", "scheduled", "expected", "set",
            "due", "poised", "about", "plan", "plans", "planning", "intend", "intends", "intending");
    /** Intent words that are also nouns: they count only when tagged as verbs ("no plans to close" does not). */
    private static final Set<String> INTENT_VERBS_ONLY = Set.of("plan", "plans", "planning",
            "intend", "intends", "intending");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m", "get", "gets");
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "'ve", "'s", "'d", "having");
    /** Pronouns that open a relative clause: ", who has led ...", ", which began ...". */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");
    /** A present "be" that, followed by "to" and a base-form verb, tells what is arranged: "is to succeed". */
    private static final Set<String> ARRANGED_BE = Set.of("is", "are", "'re");
    /** Words that point ahead even without a future verb ("the next rotation arrives"). */
    private static final Set<String> AHEAD = Set.of("next", "upcoming", "coming");

    /**
     * The tense of a clause from its tokens and their Penn Treebank tags. A future verb group
     * anywhere wins, then a past one, then "next"/"upcoming"/"coming", then a present one;
     * without any, PAST. Pass one clause: in "X announced that Y would ..." the whole sentence
     * is FUTURE; {@link #of(List, List, int)} avoids that.
     */
    public static Tense of(List<String> words, List<String> posTags) {
        check(words, posTags);
        boolean past = false;
        boolean present = false;
        for (int[] g : groups(words, posTags)) {
            Tense t = classify(words, posTags, g[0], g[1]);
            if (t == FUTURE) {
                return FUTURE;
            }
            past |= t == PAST;
            present |= t == PRESENT;
        }
        if (past) {
            return PAST;
        }
        if (words.stream().anyMatch(w -> AHEAD.contains(lower(w)))) {
            return FUTURE;
        }
        return present ? PRESENT : PAST;
    }

    /**
     * The tense that governs the date starting at token {@code dateIndex} of a sentence: that
     * of the nearest verb group before it that has a verdict ("agreed on Wednesday", "is
     * slated to end March 31"); failing that, the nearest one after it ("On Wednesday,
     * ministers agreed"); failing that, {@link #of(List, List)} on the whole sentence.
     */
    public static Tense of(List<String> words, List<String> posTags, int dateIndex) {
        check(words, posTags);
        Objects.checkIndex(dateIndex, words.size());
        List<int[]> groups = groups(words, posTags);
        for (int i = groups.size() - 1; i >= 0; i--) {
            int[] g = groups.get(i);
            Tense t = g[1] <= dateIndex && !closedAsideBefore(words, g, dateIndex) ? classify(words, posTags, g[0], g[1]) : null;
            if (t != null) {
                return t;
            }
        }
        for (int[] g : groups) {
            Tense t = g[0] > dateIndex ? classify(words, posTags, g[0], g[1]) : null;
            if (t != null) {
                return t;
            }
        }
        return of(words, posTags);
    }

    /**
     * Whether the verb group sits in a relative clause set off by commas that closes before the date:
     * in "X is to succeed Y, who has led the mission since 2008, on 1 October" the date is the main
     * clause's, and "has led" says nothing about it.
     */
    private static boolean closedAsideBefore(List<String> words, int[] group, int dateIndex) {
        boolean opened = false;
        for (int i = group[0] - 1; i > 0; i--) {
            String w = lower(words.get(i));
            if (w.equals(",")) {
                break;
            }
            if (RELATIVES.contains(w) && words.get(i - 1).equals(",")) {
                opened = true;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int i = group[1]; i < dateIndex; i++) {
            if (words.get(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Verb groups as [first, end) token ranges, in sentence order. */
    private static List<int[]> groups(List<String> words, List<String> tags) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsGroup(words, tags, i)) {
                i++;
                continue;
            }
            int start = i++;
            while (i < words.size() && continuesGroup(words, tags, i)) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static boolean startsGroup(List<String> words, List<String> tags, int i) {
        String tag = tag(tags, i);
        return tag.startsWith("VB") && !inName(words, tags, i) || tag.equals("MD") || intentAt(words, tags, i);
    }

    /**
     * A participle that opens or sits in a name: "Combined Task Force 152", "United Nations", "Allied Joint Force
     * Command" (the tagger takes "Combined" for a past participle); capitalised, with a proper noun after it. A
     * name's words tell no tense: "Argentina will resume the lead of Combined Task Force 152 in June" is June to come.
     */
    private static boolean inName(List<String> words, List<String> tags, int i) {
        String tag = tag(tags, i);
        return (tag.equals("VBN") || tag.equals("VBD")) && capitalised(words.get(i))
                && i + 1 < words.size() && tag(tags, i + 1).startsWith("NNP") && capitalised(words.get(i + 1));
    }

    private static boolean capitalised(String w) {
        return w != null && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean continuesGroup(List<String> words, List<String> tags, int i) {
        String tag = tag(tags, i);
        // Adverbs and particles sit inside verb groups: "has not yet been", "will also".
        return startsGroup(words, tags, i) || tag.equals("TO") || tag.startsWith("RB") || tag.equals("RP");
    }

    private static Tense classify(List<String> words, List<String> tags, int from, int to) {
        boolean pastForm = false;
        boolean participle = false;
        boolean presentForm = false;
        boolean perfectAux = false;
        boolean presentBe = false;
        for (int i = from; i < to; i++) {
            String w = lower(words.get(i));
            String tag = tag(tags, i);
            boolean futureModal = tag.equals("MD") && FUTURE_MODALS.contains(w)
                    // "'d been" is "had been", not "would be"
                    && !(w.equals("'d") && i + 1 < to && tag(tags, i + 1).equals("VBN"));
            if (futureModal || intentAt(words, tags, i)) {
                return FUTURE;
            }
            if (tag.equals("MD")) {
                presentForm = true;
            }
            pastForm |= tag.equals("VBD");
            presentForm |= tag.equals("VBZ") || tag.equals("VBP");
            if (tag.equals("VBN")) {
                participle = true;
            } else if (tag.startsWith("VB") || tag.equals("MD")) {
                perfectAux |= PERFECT_AUX.contains(w);
                presentBe |= PRESENT_BE.contains(w) || w.equals("being");
            }
        }
        if (pastForm || participle && perfectAux) {
            return PAST;
        }
        if (participle && !presentBe && !presentForm) {
            return PAST;
        }
        return presentForm || participle ? PRESENT : null;
    }

    /** "slated" in "slated to end": an intent word, then "to", then a base-form verb. */
    private static boolean intentAt(List<String> words, List<String> tags, int i) {
        String w = lower(words.get(i));
        return (INTENT.contains(w) || ARRANGED_BE.contains(w) && tag(tags, i).startsWith("VB"))
                && (!INTENT_VERBS_ONLY.contains(w) || tag(tags, i).startsWith("VB"))
                && i + 2 < words.size()
                && lower(words.get(i + 1)).equals("to")
                && tag(tags, i + 2).equals("VB");
    }

    private static String tag(List<String> tags, int i) {
        String t = tags.get(i);
        return t == null ? "" : t;
    }

    private static String lower(String w) {
        return w == null ? "" : w.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static void check(List<String> words, List<String> tags) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(tags, "posTags");
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException("words and tags differ in length: "
                    + words.size() + " vs " + tags.size());
        }
    }
}
