package org.missionkg.reference;

import java.util.Locale;

/**
 * The words news uses for a body instead of its name, as an owner: "the bloc's training mission",
 * "the alliance's top military commander", "the world body's envoy". One list for the mission
 * descriptions and for the offices, so both read the same words the same way.
 */
public final class OwnerWords {
    /** A regular expression alternation of the words, for patterns that end in "'s" ("the (bloc|...)'s"). */
    public static final String WORDS = "bloc|alliance|union|world\\s+body";

    private OwnerWords() {
    }

    /** The gazetteer name of the body a word stands for ("alliance": NATO), or null for a word not in the list. */
    public static String organization(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "alliance" -> "NATO";
            case "world body" -> "United Nations";
            case "bloc", "union" -> "European Union";
            default -> null;
        };
    }
}
