package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The text a surface rule's pattern cannot match without: which literal pieces every match must hold, as AND and OR
 * of strings read from the pattern's source ({@code took\s+over\s+from} needs "took", "over" and "from";
 * {@code (?:succeeds|replaced)} needs one of the two). A sentence view lacking them is not searched: searching each
 * rule's pattern over each sentence was about a tenth of the ingest's processor time (Java Flight Recorder, 6 December
 * 2026), and most rules have words most sentences lack; with this screen it was 2 %, the same facts found.
 *
 * <p>Nothing is assumed that the pattern does not say: a piece under a quantifier that allows zero, inside a
 * lookaround, a character class, a dot, an escape that stands for a class or a boundary, asks for nothing; an
 * alternation asks for something only when each of its branches does. Any syntax not read here (inline flags,
 * {@code \Q}, a quantifier that does not parse) makes the whole pattern ask for nothing, so it is always searched.
 * Patterns are compiled case-insensitive with Unicode case ({@link RuleBook#compile}), so pieces and text are both
 * compared case-folded ({@link #fold}), the way those flags compare characters.
 */
final class RequiredText {
    /** A condition on the folded text. */
    private sealed interface Need permits Any, Piece, All, OneOf {
    }

    private record Any() implements Need {
    }

    private record Piece(String text) implements Need {
    }

    private record All(List<Need> parts) implements Need {
    }

    private record OneOf(List<Need> parts) implements Need {
    }

    private static final Need ANY = new Any();

    /** System property that, set to {@code false}, searches every rule over every view (to measure what this saves). */
    static final String PROPERTY = "missionkg.ruleScreen";
    /** Whether views are screened; read from {@link #PROPERTY}, changed only by measurements. */
    static volatile boolean screening = !"false".equals(System.getProperty(PROPERTY));
    private static final Map<Pattern, RequiredText> CACHE = new ConcurrentHashMap<>();

    private final Need need;

    private RequiredText(Need need) {
        this.need = need;
    }

    /** What this pattern (one compiled case-insensitive, as the rules are) needs; read once per pattern. */
    static RequiredText of(Pattern pattern) {
        return CACHE.computeIfAbsent(pattern, p -> new RequiredText(read(p.pattern())));
    }

    /** Whether the text (folded with {@link #fold}) holds what the pattern needs; false means it cannot match. */
    boolean mayMatch(String foldedText) {
        return !screening || holds(need, foldedText);
    }

    /** Whether the pattern asks for anything at all (for tests and counts). */
    boolean asksForSomething() {
        return !(need instanceof Any);
    }

    @Override
    public String toString() {
        return show(need);
    }

    /**
     * Each character as case-insensitive matching with Unicode case compares it: two characters match when their
     * upper cases or their lower cases are equal, and the lower case of the upper case is equal for both then.
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(s.charAt(i))));
        }
        return sb.toString();
    }

    private static boolean holds(Need n, String text) {
        if (n instanceof Piece p) {
            return text.contains(p.text());
        }
        if (n instanceof All a) {
            for (Need x : a.parts()) {
                if (!holds(x, text)) {
                    return false;
                }
            }
            return true;
        }
        if (n instanceof OneOf o) {
            for (Need x : o.parts()) {
                if (holds(x, text)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static String show(Need n) {
        if (n instanceof Piece p) {
            return "'" + p.text() + "'";
        }
        if (n instanceof All a) {
            return "(" + String.join(" & ", a.parts().stream().map(RequiredText::show).toList()) + ")";
        }
        if (n instanceof OneOf o) {
            return "(" + String.join(" | ", o.parts().stream().map(RequiredText::show).toList()) + ")";
        }
        return "*";
    }

    static Need read(String regex) {
        try {
            Reader r = new Reader(regex);
            Need n = r.alternation();
            if (r.at < regex.length()) {
                return ANY; // an unmatched ')': not read
            }
            return n;
        } catch (Unread e) {
            return ANY;
        }
    }

    /** Syntax this reader does not handle: the pattern is then always searched. */
    private static final class Unread extends RuntimeException {
        Unread() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        final String s;
        int at;

        Reader(String s) {
            this.s = s;
        }

        /** Branches separated by '|', up to a ')' or the end. */
        Need alternation() {
            List<Need> branches = new ArrayList<>();
            branches.add(sequence());
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            for (Need b : branches) {
                if (b instanceof Any) {
                    return ANY;
                }
            }
            return new OneOf(branches);
        }

        /** Atoms, each with its quantifier, up to a '|', a ')' or the end. */
        Need sequence() {
            List<Need> parts = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Need atom;
                Character literal = null;
                char c = s.charAt(at);
                if (c == '(') {
                    atom = group();
                } else if (c == '[') {
                    skipClass();
                    atom = ANY;
                } else if (c == '\\') {
                    literal = escape();
                    atom = ANY;
                } else if (c == '.' || c == '^' || c == '$') {
                    at++;
                    atom = ANY;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unread(); // a quantifier with nothing before it
                } else {
                    at++;
                    literal = c;
                    atom = ANY;
                }
                int min = quantifier();
                if (literal != null && min >= 1) {
                    run.append(fold(String.valueOf(literal)));
                    if (min == 1 && !quantified) {
                        continue; // the run goes on
                    }
                }
                flush(run, parts);
                if (min >= 1 && !(atom instanceof Any)) {
                    parts.add(atom);
                }
            }
            flush(run, parts);
            if (parts.isEmpty()) {
                return ANY;
            }
            return parts.size() == 1 ? parts.get(0) : new All(parts);
        }

        /** Whether the last atom read had a quantifier (so a literal run cannot go on past it). */
        boolean quantified;

        private static void flush(StringBuilder run, List<Need> parts) {
            if (!run.isEmpty()) {
                parts.add(new Piece(run.toString()));
                run.setLength(0);
            }
        }

        /** A group: its content's need, or nothing for a lookaround; inline flags are not read. */
        Need group() {
            at++; // (
            boolean look = false;
            if (s.startsWith("?:", at) || s.startsWith("?>", at)) {
                at += 2;
            } else if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                at += 2;
                look = true;
            } else if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                at += 3;
                look = true;
            } else if (s.startsWith("?<", at)) {
                int end = s.indexOf('>', at);
                if (end < 0) {
                    throw new Unread();
                }
                at = end + 1;
            } else if (at < s.length() && s.charAt(at) == '?') {
                throw new Unread(); // inline flags, (?i) (?x:...) and the like
            }
            Need inside = alternation();
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new Unread();
            }
            at++;
            return look ? ANY : inside;
        }

        /** Skips a character class, nested ones and escapes included. */
        void skipClass() {
            int depth = 0;
            boolean first = true;
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\\') {
                    at += 2;
                    first = false;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    at++;
                    if (at < s.length() && s.charAt(at) == '^') {
                        at++;
                    }
                    first = true;
                    continue;
                }
                if (c == ']' && !first) {
                    depth--;
                    at++;
                    if (depth == 0) {
                        return;
                    }
                    continue;
                }
                first = false;
                at++;
            }
            throw new Unread();
        }

        /** Reads an escape; returns the character it stands for when it stands for one literal character, else null. */
        Character escape() {
            if (at + 1 >= s.length()) {
                throw new Unread();
            }
            char e = s.charAt(at + 1);
            at += 2;
            if (Character.isLetterOrDigit(e)) {
                switch (e) {
                    case 'p', 'P' -> {
                        if (at < s.length() && s.charAt(at) == '{') {
                            int end = s.indexOf('}', at);
                            if (end < 0) {
                                throw new Unread();
                            }
                            at = end + 1;
                        } else {
                            at++;
                        }
                    }
                    case 'k' -> {
                        int end = s.indexOf('>', at);
                        if (end < 0) {
                            throw new Unread();
                        }
                        at = end + 1;
                    }
                    case 'Q', 'x', 'u', 'c', '0', 'N' -> throw new Unread();
                    default -> {
                        if (Character.isDigit(e)) {
                            while (at < s.length() && Character.isDigit(s.charAt(at))) {
                                at++; // a back reference
                            }
                        }
                        // \b \B \A \z \Z \G, \d \s \w \h \v \R \X and their negations, \t \n \r \f \a \e: no literal
                    }
                }
                return null;
            }
            return e; // an escaped punctuation character stands for itself
        }

        /** Reads a quantifier if one follows: the least number of times it allows (1 when there is none). */
        int quantifier() {
            quantified = false;
            if (at >= s.length()) {
                return 1;
            }
            char c = s.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                at++;
            } else if (c == '+') {
                min = 1;
                at++;
            } else if (c == '{') {
                int end = s.indexOf('}', at);
                if (end < 0) {
                    throw new Unread();
                }
                String body = s.substring(at + 1, end);
                if (!body.matches("\\d+(,\\d*)?")) {
                    throw new Unread();
                }
                min = Integer.parseInt(body.split(",")[0]);
                at = end + 1;
            } else {
                return 1;
            }
            quantified = true;
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++; // lazy or possessive: the same least number
            }
            return min;
        }
    }
}
