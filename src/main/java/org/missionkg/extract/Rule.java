package org.missionkg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionkg.model.EventType;

/**
 * One extraction rule: an id ({@code kind.name}), the pattern over a sentence's slot view,
 * the confidence of what it finds, the event type it states (event rules), flags that say how
 * to read its dates, the example sentences it must match (a test runs them), and the slots it
 * cannot match without ({@link SlotRequirements}).
 */
record Rule(String id, String kind, Pattern pattern, String source, double confidence, EventType eventType,
            Set<String> flags, List<String> examples, List<String> needs) {

    /** The AT date ("on Wednesday") is when the bound subject starts (took over, assumed command). */
    static final String AT_IS_START = "at-is-start";
    /** The AT date is when the bound subject ends. */
    static final String AT_IS_END = "at-is-end";
    /** Also state a handover event to the new commander or country. */
    static final String HANDOVER = "handover";
    /** Only in a sentence that is not in the future tense or conditional. */
    static final String PAST_ONLY = "past-only";

    /** The mission is the article's mission in focus, whatever else the sentence names. */
    static final String FOCUS_MISSION = "focus-mission";

    /**
     * A troop rule whose count is the whole mission's ("the mission now numbers about 500"): the
     * subject is who the mission's names say runs it (NATO, the European Union, Canada).
     */
    static final String MISSION_WIDE = "mission-wide";

    /**
     * A troop rule that reads any count of troops ("about 300 soldiers", "its 1,200 peacekeepers")
     * as the mission's: kept only where no other rule read a count in the same sentence, since a
     * rule that knows the wording also knows whose soldiers they are.
     */
    static final String FALLBACK = "fallback";

    /**
     * A command rule whose wording does not say what was taken over ("The current one, X, took over
     * last September"): it holds only for a person the text gives a military rank, since a minister
     * or a president also "takes over".
     */
    static final String RANKED = "ranked";

    /**
     * A planned-end rule whose clause gives a day and a length ("authorised on 2 October for an
     * initial 12 months"): the end lies that long after the day, not on it.
     */
    static final String LENGTH_FROM_DATE = "length-from-date";

    /**
     * A size-change event rule ("will go from about 200 to roughly 130"): whether it is an expansion or a
     * drawdown is read from its "from" figure and the "to" figure ({@link SizeChange}), not from its type.
     */
    static final String SIZE_BY_FIGURES = "size-by-figures";

    /**
     * A grammar rule that holds only in the lede, where what the story reports as news is told
     * ("Soldiers crossed into Lesotho before dawn yesterday"): later the same words are background.
     */
    static final String LEDE_ONLY = "lede-only";

    /**
     * A lead rule whose country may head a list ("alternates between Italy and Greece"): every country coordinated
     * with it leads too, which one match of the trigger would otherwise leave out.
     */
    static final String EACH_COUNTRY = "each-country";

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
