package org.missionkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence must hold before a Semgrex pattern can match it, read from the pattern's text
 * (its lexicon classes already written out): every node the pattern requires whose lemma is given
 * as a word or an alternation of words ({@code {lemma:take}}, {@code {lemma:/end|close/}}) needs a
 * word of that lemma in the sentence, and every node whose {@code ner} is given so
 * ({@code {ner:PERSON}}, {@code {ner:/MISSION|IT/}}) a word of that label (the extractor's slot
 * labels, {@link ParseGraph#possibleLabels}); of a bracketed alternation {@code [ A | B ]} one
 * branch must be met. What the reading cannot be sure of asks for nothing: a node under an optional
 * or negated relation ({@code ?>}, {@code !>}), a lemma given by any other regular expression, a
 * negated attribute, a pattern it does not follow. So a sentence it turns away is one the pattern
 * could not match; the annotator parses only sentences some rule could match ({@link GrammarRules#couldMatch}).
 *
 * <p>Semgrex compares a plain attribute value with {@code equals} and a {@code /regex/} with
 * {@code matches} (the whole value), and the parse graph's lemmas are lower case
 * ({@link ParseGraph}): so a lemma set is tested by membership.
 */
final class PatternNeeds {
    /** A condition on a sentence's lemmas (lower case) and the labels its words may carry. */
    interface Needs {
        boolean metBy(Set<String> lemmas, Set<String> labels);
    }

    /** Asks for nothing. */
    static final Needs NOTHING = (lemmas, labels) -> true;

    /** One word of the sentence has one of these lemmas. */
    record OneLemmaOf(Set<String> lemmas) implements Needs {
        @Override
        public boolean metBy(Set<String> present, Set<String> labels) {
            return !Collections.disjoint(lemmas, present);
        }
    }

    /** One word of the sentence may carry one of these labels. */
    record OneLabelOf(Set<String> labels) implements Needs {
        @Override
        public boolean metBy(Set<String> lemmas, Set<String> present) {
            return !Collections.disjoint(labels, present);
        }
    }

    /** All of these are met. */
    record All(List<Needs> parts) implements Needs {
        @Override
        public boolean metBy(Set<String> lemmas, Set<String> labels) {
            return parts.stream().allMatch(p -> p.metBy(lemmas, labels));
        }
    }

    /** At least one of these is met. */
    record Either(List<Needs> branches) implements Needs {
        @Override
        public boolean metBy(Set<String> lemmas, Set<String> labels) {
            return branches.stream().anyMatch(b -> b.metBy(lemmas, labels));
        }
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z0-9][a-z0-9'’.-]*");
    private static final Pattern PLAIN_ALTERNATION = Pattern.compile("/[a-z0-9][a-z0-9'’.-]*(?:\\|[a-z0-9][a-z0-9'’.-]*)*/");
    private static final Pattern PLAIN_LABEL = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern LABEL_ALTERNATION = Pattern.compile("/[A-Z][A-Z_]*(?:\\|[A-Z][A-Z_]*)*/");

    private final String p;
    private int at;

    private PatternNeeds(String pattern) {
        this.p = pattern;
    }

    /** What the pattern needs; {@link #NOTHING} when it cannot be read with certainty. */
    static Needs of(String pattern) {
        PatternNeeds r = new PatternNeeds(pattern);
        try {
            Needs n = r.sequence(false);
            return r.at >= r.p.length() ? n : NOTHING;
        } catch (Unreadable e) {
            return NOTHING;
        }
    }

    /** Thrown where the reading gives up; the pattern then needs nothing. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /**
     * Items up to the end, a closing bracket or parenthesis, or (inside brackets) a bar: all of them
     * are needed, except an item right after {@code ?} or {@code !} (an optional or negated relation).
     */
    private Needs sequence(boolean inBrackets) {
        List<Needs> parts = new ArrayList<>();
        boolean waived = false;
        while (at < p.length()) {
            char c = p.charAt(at);
            if (c == ']' || c == ')') {
                break;
            }
            if (c == '|') {
                if (!inBrackets) {
                    throw new Unreadable(); // an alternation not in brackets: not read
                }
                break;
            }
            if (c == '?' || c == '!') {
                waived = true;
                at++;
            } else if (c == '/') {
                skipRegex(); // a relation's name as a regular expression
            } else if (c == '{') {
                Needs n = node();
                parts.add(waived ? NOTHING : n);
                waived = false;
            } else if (c == '(') {
                at++;
                Needs n = sequence(false);
                expect(')');
                parts.add(waived ? NOTHING : n);
                waived = false;
            } else if (c == '[') {
                at++;
                List<Needs> branches = new ArrayList<>();
                branches.add(sequence(true));
                while (at < p.length() && p.charAt(at) == '|') {
                    at++;
                    branches.add(sequence(true));
                }
                expect(']');
                parts.add(waived ? NOTHING : new Either(branches));
                waived = false;
            } else {
                at++; // relation symbols, names (=x), spaces, ':' between patterns
            }
        }
        return parts.isEmpty() ? NOTHING : new All(parts);
    }

    /** A node {@code {key:value;...}}: the lemma and the label it needs, when given plainly. */
    private Needs node() {
        int start = ++at;
        while (at < p.length() && p.charAt(at) != '}') {
            if (p.charAt(at) == '/') {
                skipRegex();
            } else {
                at++;
            }
        }
        expect('}');
        String body = p.substring(start, at - 1);
        List<Needs> needs = new ArrayList<>();
        for (String attr : splitAttributes(body)) {
            if (attr.startsWith("lemma:")) {
                String v = attr.substring("lemma:".length()).strip();
                if (PLAIN_WORD.matcher(v).matches()) {
                    needs.add(new OneLemmaOf(Set.of(v)));
                } else if (PLAIN_ALTERNATION.matcher(v).matches()) {
                    needs.add(new OneLemmaOf(alternatives(v)));
                }
            } else if (attr.startsWith("ner:")) {
                String v = attr.substring("ner:".length()).strip();
                if (PLAIN_LABEL.matcher(v).matches()) {
                    needs.add(new OneLabelOf(Set.of(v)));
                } else if (LABEL_ALTERNATION.matcher(v).matches()) {
                    needs.add(new OneLabelOf(alternatives(v)));
                }
            }
        }
        return needs.isEmpty() ? NOTHING : needs.size() == 1 ? needs.get(0) : new All(needs);
    }

    /** The words of {@code /a|b|c/}. */
    private static Set<String> alternatives(String v) {
        return new LinkedHashSet<>(List.of(v.substring(1, v.length() - 1).split("\\|")));
    }

    /** The attributes of a node's body, split at semicolons outside regular expressions. */
    private static List<String> splitAttributes(String body) {
        List<String> out = new ArrayList<>();
        int from = 0;
        boolean inRegex = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                inRegex = !inRegex;
            } else if (c == ';' && !inRegex) {
                out.add(body.substring(from, i).strip());
                from = i + 1;
            }
        }
        out.add(body.substring(from).strip());
        return out;
    }

    private void skipRegex() {
        at++;
        while (at < p.length() && p.charAt(at) != '/') {
            at += p.charAt(at) == '\\' ? 2 : 1;
        }
        if (at >= p.length()) {
            throw new Unreadable();
        }
        at++;
    }

    private void expect(char c) {
        if (at >= p.length() || p.charAt(at) != c) {
            throw new Unreadable();
        }
        at++;
    }
}
