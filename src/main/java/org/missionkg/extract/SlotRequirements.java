package org.missionkg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Which slots a rule cannot match without: each entry is a set of slot letters of which the
 * sentence must hold at least one ({@code {P:new}} needs a person, {@code {CD:country}} a country
 * or a demonym). A rule whose needs a sentence does not meet is not tried there: with some two
 * hundred rules, most sentences (no person, no number, no mission) would otherwise run every
 * pattern for nothing, and the regex work was a quarter of extraction time.
 *
 * <p>The reading is conservative: a macro counts only when it is outside every optional group
 * ({@code (...)?}, {@code (...)*}, {@code (...){0,n}}) and every alternation, so that a rule is
 * never skipped where it could match. Java's regex engine offers no such analysis, hence this
 * small walk over the rule's source (before its macros are expanded).
 */
final class SlotRequirements {
    private SlotRequirements() {
    }

    /** The needs of a rule pattern, as letter strings ("P", "CD"), in pattern order. */
    static List<String> of(String pattern) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame());
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = skipClass(pattern, i);
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                String inside = close < 0 ? "" : pattern.substring(i + 1, close);
                if (inside.matches("[A-Z]+(:\\w+)?")) {
                    String letters = inside.contains(":") ? inside.substring(0, inside.indexOf(':')) : inside;
                    i = close + 1;
                    if (!optionalAt(pattern, i)) {
                        stack.peek().needs.add(letters);
                    }
                } else {
                    i++;
                }
            } else if (c == '(') {
                Frame f = new Frame();
                // A lookaround's slots are conditions, not parts of the match: never needs.
                f.lookaround = pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)
                        || pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i);
                stack.push(f);
                i++;
            } else if (c == '|') {
                stack.peek().alternation = true;
                i++;
            } else if (c == ')') {
                Frame f = stack.size() > 1 ? stack.pop() : new Frame();
                int after = i + 1;
                if (!optionalAt(pattern, after) && !f.alternation && !f.lookaround) {
                    stack.peek().needs.addAll(f.needs);
                }
                i = after;
            } else {
                i++;
            }
        }
        Frame top = stack.peek();
        return top.alternation ? List.of() : List.copyOf(top.needs);
    }

    /** True when a quantifier at this position lets what precedes it match zero times. */
    private static boolean optionalAt(String p, int i) {
        return i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '*' || p.startsWith("{0", i));
    }

    /** True when the sentence holds a slot for each need. */
    static boolean met(List<String> needs, Set<Character> present) {
        for (String need : needs) {
            boolean any = false;
            for (int k = 0; k < need.length() && !any; k++) {
                any = present.contains(need.charAt(k));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static int skipClass(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static final class Frame {
        final List<String> needs = new ArrayList<>();
        boolean alternation;
        boolean lookaround;
    }
}
