package org.missionkg.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.AliasTokens.Token;
import org.missionkg.reference.GazetteerMatch.Category;

/**
 * A trie of aliases over lower-cased tokens ({@link AliasTokens}). A scan walks it from
 * each token at most as deep as the longest alias, so it costs time linear in the text.
 *
 * <p>Case: an alias of five letters or more matches in any case, except that an all-capital
 * token of two to four letters inside it ("NATO's training mission", "anti-IS coalition")
 * must match as written; shorter or all-capital aliases, and every rank and demonym (proper
 * adjectives and titles, where "Major" and "Polish" must not match "major" and "polish"),
 * must match exactly as written.
 *
 * <p>"the": an alias that begins with a lower-case "the " ("the alliance") needs it in the
 * text, and its matches include it; any other alias matches with or without a "the" before
 * it, which stays outside the match (in "the NATO summit" the "the" is the summit's).
 */
final class AliasIndex {

    /** What an alias names. */
    record Target(Category category, String iri, String label, EntityRef entity) {
    }

    /** A match over tokens {@code [from, to)}. */
    record Hit(int from, int to, Target target) {
    }

    /** When one alias names several targets, the first category here wins ("Commander": the role). */
    private static final List<Category> PRIORITY = List.of(Category.MISSION, Category.ORGANIZATION,
            Category.COUNTRY, Category.PLACE, Category.PERSON, Category.ROLE, Category.RANK, Category.DEMONYM);
    private static final Set<Category> ALWAYS_EXACT = EnumSet.of(Category.RANK, Category.DEMONYM);

    private record Entry(Target target, String[] norms, boolean[] exact) {
        boolean accepts(List<Token> tokens, int from) {
            for (int k = 0; k < norms.length; k++) {
                if (exact[k] && !norms[k].equals(tokens.get(from + k).norm())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, Set<Target>> targetsByKey = new TreeMap<>();
    private int aliasCount;

    /** Adds an alias; returns false when it was already there for that target. */
    boolean add(String alias, Target target) {
        return add(alias, target, false);
    }

    /** Adds an alias that matches only as written, every token in its case. */
    boolean addAsWritten(String alias, Target target) {
        return add(alias, target, true);
    }

    private boolean add(String alias, Target target, boolean asWritten) {
        List<Token> tokens = AliasTokens.tokenize(alias);
        boolean needsThe = alias.startsWith("the ");
        if (!needsThe && tokens.size() > 1 && tokens.get(0).fold().equals("the")) {
            tokens = tokens.subList(1, tokens.size()); // "The Canadian Press": "the" is optional
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty alias for " + target.iri());
        }
        boolean allExact = asWritten || ALWAYS_EXACT.contains(target.category()) || shortOrCapitals(tokens, needsThe);
        String[] norms = new String[tokens.size()];
        boolean[] exact = new boolean[tokens.size()];
        StringBuilder key = new StringBuilder();
        Node node = root;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            norms[k] = t.norm();
            exact[k] = !(needsThe && k == 0) && (allExact || isAcronym(t.norm()));
            node = node.next.computeIfAbsent(t.fold(), f -> new Node());
            key.append(k == 0 ? "" : " ").append(t.fold());
        }
        Entry entry = new Entry(target, norms, exact);
        for (Entry e : node.entries) {
            if (e.target().equals(target) && sameRule(e, entry)) {
                return false;
            }
        }
        node.entries.add(entry);
        targetsByKey.computeIfAbsent(key.toString(), k -> new LinkedHashSet<>()).add(target);
        aliasCount++;
        return true;
    }

    /**
     * Leftmost-longest matches, not overlapping, in text order; except that a longer alias starting
     * inside a match and running past its end wins over it: in "the Solomon Islands International
     * Assistance Force" the force is named, not the country ("the Solomon Islands") its name begins with.
     */
    List<Hit> scan(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = longest(tokens, i);
            if (hit == null) {
                i++;
                continue;
            }
            int overtaken = -1;
            for (int k = i + 1; k < hit.to() && overtaken < 0; k++) {
                Hit inner = longest(tokens, k);
                if (inner != null && inner.to() > hit.to() && inner.to() - inner.from() > hit.to() - hit.from()) {
                    overtaken = k;
                }
            }
            if (overtaken >= 0) {
                i = overtaken;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return hits;
    }

    /** The target of an alias that spans all of {@code tokens}, or null. */
    Target exact(List<Token> tokens) {
        Node node = root;
        for (Token t : tokens) {
            node = node.next.get(t.fold());
            if (node == null) {
                return null;
            }
        }
        return best(node, tokens, 0);
    }

    /** Keys (lower-cased, tokenised aliases) that name more than one target. */
    Map<String, Set<Target>> ambiguous() {
        Map<String, Set<Target>> out = new LinkedHashMap<>();
        targetsByKey.forEach((k, v) -> {
            if (v.size() > 1) {
                out.put(k, v);
            }
        });
        return out;
    }

    int aliasCount() {
        return aliasCount;
    }

    private Hit longest(List<Token> tokens, int from) {
        Node node = root;
        Hit hit = null;
        for (int j = from; j < tokens.size(); j++) {
            node = node.next.get(tokens.get(j).fold());
            if (node == null) {
                break;
            }
            if (!node.entries.isEmpty()) {
                Target t = best(node, tokens, from);
                if (t != null) {
                    hit = new Hit(from, j + 1, t);
                }
            }
        }
        return hit;
    }

    private static Target best(Node node, List<Token> tokens, int from) {
        Target best = null;
        for (Entry e : node.entries) {
            if (e.accepts(tokens, from) && (best == null || rank(e.target()) < rank(best)
                    || rank(e.target()) == rank(best) && e.target().iri().compareTo(best.iri()) < 0)) {
                best = e.target();
            }
        }
        return best;
    }

    private static int rank(Target t) {
        return PRIORITY.indexOf(t.category());
    }

    private static boolean sameRule(Entry a, Entry b) {
        for (int k = 0; k < a.norms.length; k++) {
            if (a.exact[k] != b.exact[k] || a.exact[k] && !a.norms[k].equals(b.norms[k])) {
                return false;
            }
        }
        return true;
    }

    /** Fewer than five letters, or no lower-case letter (leading "the" not counted). */
    private static boolean shortOrCapitals(List<Token> tokens, boolean skipFirst) {
        int letters = 0;
        boolean lower = false;
        for (int k = skipFirst ? 1 : 0; k < tokens.size(); k++) {
            for (char c : tokens.get(k).norm().toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.isLowerCase(c);
                }
            }
        }
        return letters < 5 || !lower;
    }

    /** "NATO", "IS", "US": two to four letters, all capitals. */
    private static boolean isAcronym(String norm) {
        if (norm.length() < 2 || norm.length() > 4) {
            return false;
        }
        for (char c : norm.toCharArray()) {
            if (!Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
