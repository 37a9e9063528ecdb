package org.missionkg.extract;

import java.util.regex.Matcher;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.FuzzyDate;

/**
 * What a surface rule's match binds: its named groups hold slot numbers ({@code (?<new>⟦P3⟧)}),
 * read back here as the slots, entities and words they stand for, so that each kind of fact reads
 * its parts the same way.
 */
final class MatchGroups {
    private MatchGroups() {
    }

    /** A group's text, with a slot marker ("⟦L3⟧") turned back into the words it stands for. */
    static String slotText(SentenceView v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher mk = java.util.regex.Pattern.compile("⟦[A-Z](\\d+)⟧").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (mk.find()) {
            mk.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    v.slot(Integer.parseInt(mk.group(1))).text().replaceFirst("^(?i)the\\s+", "")));
        }
        mk.appendTail(sb);
        return sb.toString().strip();
    }

    static boolean isPerson(Slot s) {
        return s.type() == SlotType.PERSON && s.entity() != null;
    }

    static EntityRef country(Slot s) {
        if (s == null || s.entity() == null || s.entity().kind() != EntityKind.COUNTRY) {
            return null;
        }
        return s.entity();
    }

    /**
     * True when the rule's pattern has a group of this name: a rule that binds {@code when}
     * says where the handover date stands ("since {T:when}, when it took over from …"), and
     * when that group did not match, the handover has no date in the sentence (a date in
     * another clause belongs to something else).
     */
    static boolean declares(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">");
    }

    static FuzzyDate boundDate(Matcher m, SentenceView v) {
        Slot s = slot(m, v, "when");
        return s == null || s.type() != SlotType.DATE ? null : s.date();
    }

    static Slot slot(Matcher m, SentenceView v, String group) {
        String id = groupText(m, group);
        return id == null ? null : v.slot(Integer.parseInt(id));
    }

    static EntityRef entity(Matcher m, SentenceView v, String group) {
        Slot s = slot(m, v, group);
        return s == null ? null : s.entity();
    }

    /** The text of a named group, or of a repeat of that name that matched (see RuleBook#numberRepeatedGroups). */
    static String groupText(Matcher m, String group) {
        for (int n = 1; n <= 9; n++) {
            try {
                String text = m.group(n == 1 ? group : group + RuleBook.REPEAT + n);
                if (text != null) {
                    return text;
                }
            } catch (IllegalArgumentException e) {
                return null; // no group of that name (or no further repeat)
            }
        }
        return null;
    }
}
