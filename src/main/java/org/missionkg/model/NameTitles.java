package org.missionkg.model;

import java.util.regex.Pattern;

/**
 * Words printed before a person's name that are not the name, in one place: titles of nobility and
 * knighthood ("Lord Robertson", "Sir Ben Key", "Dame Karen Pierce") and courtesy words ("Mr John
 * Smith", "Shri Manohar Parrikar", an Indian ministry's style). Before a full name (two more words,
 * the first capitalised) they are dropped, so "Sir Allan Kemakeza" and "Allan Kemakeza" are one
 * person. Before a lone surname they stay: "Lord Robertson" is how the man is known, and "Mr Smith"
 * is a name still to resolve.
 */
public final class NameTitles {
    private static final String NOBILITY = "Lord|Lady|Sir|Dame|Baroness|Baron";
    private static final String COURTESY = "Shri|Shrimati|Smt\\.?|Sri|Mr\\.?|Mrs\\.?|Ms\\.?";

    private static final Pattern BEFORE_FULL_NAME =
            Pattern.compile("^(?:" + NOBILITY + "|" + COURTESY + ")\\s+(?=\\p{Lu}\\S*\\s+\\S)");

    /**
     * A title of nobility or knighthood ending the text (then only spaces): the name tagger leaves it
     * out of "Lord Robertson", though it belongs to how the person is known.
     */
    public static final Pattern NOBILITY_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + NOBILITY + ")\\s+$");

    private NameTitles() {
    }

    /** The name without a leading title or courtesy word, when a full name follows it. */
    public static String dropBeforeFullName(String name) {
        return BEFORE_FULL_NAME.matcher(name).replaceFirst("");
    }
}
