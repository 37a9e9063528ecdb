package org.missionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence must hold before a Semgrex pattern can match it, read from the pattern's text
 * (its lexicon classes already written out): every node the pattern requires needs one word of
 * the sentence that passes the node's tests of its lemma, text, tag and label ({@code ner}), each
 * given as a value ({@code {lemma:take}}, {@code {tag:CD}}) or a regular expression
 * ({@code {lemma:/end|close/;tag:/VB[DN]/}}, {@code {ner:/MISSION|IT/}}), all on that one word;
 * of a bracketed alternation {@code [ A | B ]} one branch must be met. Lemma, text and tag are
 * the token's, which the parse graph's node copies; the label is one the word may carry there
 * ({@link SentenceWords}, {@link ParseGraph#possibleLabels}). What the reading cannot be sure of
 * asks for nothing: a node under an optional or negated relation ({@code ?>}, {@code !>}), a
 * negated attribute, an attribute of another key, a pattern it does not follow. So a sentence it
 * turns away is one the pattern could not match; the extractor has a sentence parsed only when
 * some rule could match it ({@link GrammarRules#couldMatch}).
 *
 * <p>Semgrex compares a plain attribute value with {@code equals} and a {@code /regex/} with
 * {@code matches} (the whole value), as the tests here do; {@code PatternNeedsTest} holds every
 * bundled node's tests to Semgrex's own on sample words.
 */
final class PatternNeeds {
    /** A condition on a sentence's words. */
    interface Needs {
        boolean metBy(SentenceWords words);
    }

    /** Asks for nothing. */
    static final Needs NOTHING = words -> true;

    /** A test of one attribute of a word: its value is one of {@code values}, or, when those are null, matches {@code regex}. */
    record Test(String key, Set<String> values, Pattern regex) {
        boolean passedBy(SentenceWords.Word w) {
            return switch (key) {
                case "lemma" -> passes(w.lemma());
                case "word" -> passes(w.word());
                case "tag" -> passes(w.tag());
                case MARKER -> passes(w.lowerCase());
                default -> anyPasses(w.labels()); // ner
            };
        }

        private boolean anyPasses(Set<String> labels) {
            for (String label : labels) {
                if (passes(label)) {
                    return true;
                }
            }
            return false;
        }

        private boolean passes(String value) {
            if (value == null) {
                return false;
            }
            return values != null ? values.contains(value) : regex.matcher(value).matches();
        }
    }

    /** One word of the sentence passes all these tests (a node's; {@code text} is the node as written). */
    record OneWord(String text, List<Test> tests) implements Needs {
        @Override
        public boolean metBy(SentenceWords words) {
            return words.anyWord(this);
        }

        boolean passedBy(SentenceWords.Word w) {
            for (Test t : tests) {
                if (!t.passedBy(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** All of these are met. */
    record All(List<Needs> parts) implements Needs {
        @Override
        public boolean metBy(SentenceWords words) {
            for (Needs p : parts) {
                if (!p.metBy(words)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one of these is met. */
    record Either(List<Needs> branches) implements Needs {
        @Override
        public boolean metBy(SentenceWords words) {
            for (Needs b : branches) {
                if (b.metBy(words)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The keys a node test is read for: the attributes the parse graph's nodes carry. */
    private static final Set<String> KEYS = Set.of("lemma", "word", "tag", "ner");
    /** A value or an alternation of values with no character a regular expression reads specially: a set of words. */
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}0-9_'’-]+");
    private static final Pattern LITERAL_ALTERNATION = Pattern.compile("/[\\p{L}0-9_'’-]+(?:\\|[\\p{L}0-9_'’-]+)*/");

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
        Needs relation = NOTHING; // what the relation before the next item needs
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
            } else if (c == '>' || c == '<') {
                relation = relation();
            } else if (c == '/') {
                skipRegex(); // a regular expression not right after > or <: not read
            } else if (c == '{') {
                Needs n = node();
                addNeeded(parts, waived, relation, n);
                relation = NOTHING;
                waived = false;
            } else if (c == '(') {
                at++;
                Needs n = sequence(false);
                expect(')');
                addNeeded(parts, waived, relation, n);
                relation = NOTHING;
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
                addNeeded(parts, waived, relation, new Either(branches));
                relation = NOTHING;
                waived = false;
            } else {
                at++; // relation symbols, names (=x), spaces, ':' between patterns
            }
        }
        return parts.isEmpty() ? NOTHING : new All(parts);
    }

    /** The item's needs and its relation's, unless the relation is optional or negated. */
    private static void addNeeded(List<Needs> parts, boolean waived, Needs relation, Needs item) {
        if (!waived) {
            parts.add(item);
            if (relation != NOTHING) {
                parts.add(relation);
            }
        }
    }

    /**
     * A relation from {@code >} or {@code <}: what its name needs ({@link #markerNeeds}), read only when the name is
     * given plainly or as an alternation of plain names right after a single {@code >} or {@code <}.
     */
    private Needs relation() {
        char first = p.charAt(at++);
        if (at >= p.length() || p.charAt(at) == first || p.charAt(at) == '+' || p.charAt(at) == '-') {
            return NOTHING; // >>, <<, >++, >--: not a relation named here
        }
        String names;
        if (p.charAt(at) == '/') {
            int start = at;
            skipRegex();
            names = p.substring(start + 1, at - 1);
        } else {
            int start = at;
            while (at < p.length() && (Character.isLetterOrDigit(p.charAt(at)) || p.charAt(at) == ':' || p.charAt(at) == '_')) {
                at++;
            }
            names = p.substring(start, at);
        }
        if (names.isEmpty() || !RELATION_NAMES.matcher(names).matches()) {
            return NOTHING;
        }
        Set<String> markers = new LinkedHashSet<>();
        for (String name : names.split("\\|")) {
            Set<String> m = markerNeeds(name);
            if (m.isEmpty()) {
                return NOTHING; // one name needs no word: the relation needs none
            }
            markers.addAll(m);
        }
        return new OneWord("marker:" + String.join("|", markers), List.of(new Test(MARKER, Set.copyOf(markers), null)));
    }

    /**
     * The words (lower case) one of which a sentence must hold for its enhanced++ graph to have an edge of this name,
     * or none when any sentence may. The parser's own labels carry no word ({@code obl}, {@code nmod:poss},
     * {@code obl:tmod}, ...); CoreNLP's enhanced++ conversion ({@code UniversalEnglishGrammaticalStructure}) names an
     * {@code obl}, {@code nmod}, {@code acl} or {@code advcl} after its case or mark word, lower case
     * ({@code obl:to} only where a word is "to"), except a passive's agent, {@code obl:agent}, which needs "by".
     * A name of two words or more ({@code obl:out_of}) is not read.
     */
    static Set<String> markerNeeds(String name) {
        int colon = name.indexOf(':');
        if (colon < 0 || !MARKED.contains(name.substring(0, colon))) {
            return Set.of();
        }
        String marker = name.substring(colon + 1);
        if (marker.equals("agent")) {
            return Set.of("by", "agent");
        }
        if (UNMARKED_SUBTYPES.contains(marker) || !marker.matches("[a-z]+")) {
            return Set.of();
        }
        return Set.of(marker);
    }

    private static final String MARKER = "marker";
    /** Relations the enhanced++ conversion names after their case or mark word. */
    private static final Set<String> MARKED = Set.of("obl", "nmod", "acl", "advcl");
    /** Subtypes of those the parser or the conversion give without a word (english_UD's labels and others). */
    private static final Set<String> UNMARKED_SUBTYPES = Set.of("tmod", "npmod", "poss", "relcl");
    /** Relation names given plainly, alone or as an alternation. */
    private static final Pattern RELATION_NAMES = Pattern.compile("[a-z]+(?::[a-z_]+)?(?:\\|[a-z]+(?::[a-z_]+)?)*");

    /** A node {@code {key:value;...}}: a word that passes the tests of its attributes read with certainty. */
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
        List<Test> tests = new ArrayList<>();
        for (String attr : splitAttributes(body)) {
            int colon = attr.indexOf(':');
            if (colon > 0 && KEYS.contains(attr.substring(0, colon).strip())) {
                Test t = test(attr.substring(0, colon).strip(), attr.substring(colon + 1).strip());
                if (t != null) {
                    tests.add(t);
                }
            }
        }
        // the cheap tests first: a set lookup turns most words away before any regular expression runs, a lemma's or
        // text's most of all, and a label's, which looks at each label the word may carry, last among them
        tests.sort(java.util.Comparator.comparing((Test t) -> t.values() == null).thenComparing(t -> t.key().equals("ner")));
        return tests.isEmpty() ? NOTHING : new OneWord("{" + body + "}", List.copyOf(tests));
    }

    /**
     * The test of one attribute's value as Semgrex reads it: a plain value by equality, {@code /regex/} by a match
     * of the whole value; null (no test) for a negated value ({@code !x}), Semgrex's "anything" ({@code __},
     * {@code /.*}{@code /}) or what is not plainly either.
     */
    private static Test test(String key, String value) {
        if (value.isEmpty() || value.startsWith("!") || value.equals("__") || value.equals("/.*/")) {
            return null;
        }
        if (LITERAL.matcher(value).matches()) {
            return new Test(key, Set.of(value), null);
        }
        if (LITERAL_ALTERNATION.matcher(value).matches()) {
            return new Test(key, alternatives(value), null);
        }
        if (value.length() >= 2 && value.startsWith("/") && value.endsWith("/") && value.indexOf('/', 1) == value.length() - 1) {
            try {
                return new Test(key, null, Pattern.compile(value.substring(1, value.length() - 1)));
            } catch (java.util.regex.PatternSyntaxException e) {
                return null;
            }
        }
        return null;
    }

    /** The words of {@code /a|b|c/}. */
    private static Set<String> alternatives(String v) {
        return Set.copyOf(new LinkedHashSet<>(List.of(v.substring(1, v.length() - 1).split("\\|"))));
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
