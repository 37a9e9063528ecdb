package org.missionkg.model;

import java.util.Set;

/**
 * Capitalised words that are never part of a name ("Operation In Iraq", "Operation Unifier In
 * 2015"): the mission-name finder ends a name at one, and the annotator stops at one when it
 * shows the parser an operation's name as a proper noun. One list for both, so the two never
 * disagree on where a name ends.
 */
public final class NameWords {
    private static final Set<String> FUNCTION_WORDS = Set.of("In", "On", "At", "The", "And", "Of", "For", "To", "From",
            "With", "By", "As", "But", "Or", "Is", "Was", "Will", "Has", "Had", "It", "This", "That", "He", "She",
            "They", "We", "A", "An", "I");

    private NameWords() {
    }

    /** Whether the word (as written) is a function word, never part of a name. */
    public static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }
}
