package org.missionkg.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The linker's scoring rule: how much a candidate item looks like an entity, and when one
 * candidate clearly wins. Points are whole numbers (shown divided by 100, so 100 points is a
 * score of 1.00):
 *
 * <table>
 *   <caption>Points</caption>
 *   <tr><td>name</td><td>+100 when an English label of the item equals the entity's label, else +60 when
 *       any label or alias of the item equals any name (label or alias) of the entity; both compared
 *       case-insensitively, with runs of spaces, hyphens and dashes counting as one space</td></tr>
 *   <tr><td>country</td><td>persons only, when the store ties the person to countries (the organisation of a
 *       role held, the lead nation of a mission commanded) and the item has a country of citizenship
 *       (P27): +50 when one of them is such a country, −50 when none is</td></tr>
 *   <tr><td>description</td><td>+25 for each context term (rank or its last word, role, organisation, mission,
 *       country or demonym, place) found as whole words in the item's English description, at most +50</td></tr>
 * </table>
 *
 * Before scoring, a candidate must pass the type check (see {@link TypeClasses}); one that
 * fails is rejected. A candidate is linked when it is the best, has at least {@value #THRESHOLD}
 * points, the kind has configured classes, and it leads the next best candidate by at least
 * {@value #MARGIN} points (or is the only one). So an exact label match alone links only a lone
 * candidate; two items with the same label need context that tells them apart by half a name
 * match; an alias alone never links. Every other case with candidates is left for review.
 */
public final class Scoring {
    public static final int LABEL = 100;
    public static final int ALIAS = 60;
    public static final int COUNTRY_AGREES = 50;
    public static final int COUNTRY_DISAGREES = -50;
    public static final int TERM = 25;
    public static final int TERMS_MAX = 50;
    public static final int THRESHOLD = 100;
    public static final int MARGIN = 50;

    /** A candidate with its points and the reasons for them. */
    public record Scored(Candidate candidate, int points, List<String> reasons) {
        public Scored {
            reasons = List.copyOf(reasons);
        }

        public BigDecimal score() {
            return BigDecimal.valueOf(points, 2);
        }
    }

    /** Best first; equal points by QID, so the order is stable. */
    public static final Comparator<Scored> RANKING = Comparator.comparingInt(Scored::points).reversed()
            .thenComparing(s -> s.candidate().qid().length()).thenComparing(s -> s.candidate().qid());

    private Scoring() {
    }

    /** The points of one candidate (which has passed the type check) for one entity; null when no name matches. */
    public static Scored score(UnlinkedEntity entity, Candidate c) {
        List<String> reasons = new ArrayList<>();
        int points;
        String label = fold(entity.label());
        Set<String> names = folded(entity.names());
        names.add(label);
        Set<String> itemNames = folded(c.labels());
        itemNames.addAll(folded(c.aliases()));
        if (folded(c.labels()).contains(label)) {
            points = LABEL;
            reasons.add("label matches");
        } else if (itemNames.stream().anyMatch(names::contains)) {
            points = ALIAS;
            reasons.add("alias matches");
        } else {
            return null;
        }
        if (!entity.expectedCountries().isEmpty() && !c.citizenships().isEmpty()) {
            Set<String> common = new TreeSet<>(c.citizenships());
            common.retainAll(entity.expectedCountries());
            if (common.isEmpty()) {
                points += COUNTRY_DISAGREES;
                reasons.add("citizenship " + c.citizenships() + " is none of " + entity.expectedCountries());
            } else {
                points += COUNTRY_AGREES;
                reasons.add("citizenship " + common);
            }
        }
        String description = " " + words(c.description()) + " ";
        int termPoints = 0;
        List<String> found = new ArrayList<>();
        for (String term : new TreeSet<>(entity.contextTerms())) {
            String w = words(term);
            if (!w.isEmpty() && description.contains(" " + w + " ")) {
                found.add(term);
                termPoints += TERM;
            }
        }
        if (!found.isEmpty()) {
            points += Math.min(termPoints, TERMS_MAX);
            reasons.add("description mentions " + found);
        }
        return new Scored(c, points, reasons);
    }

    /** Whether the best of these ranked candidates clearly wins. */
    public static boolean clearWinner(List<Scored> ranked) {
        if (ranked.isEmpty() || ranked.get(0).points() < THRESHOLD) {
            return false;
        }
        return ranked.size() == 1 || ranked.get(0).points() - ranked.get(1).points() >= MARGIN;
    }

    /** A name as compared: lower case, runs of spaces, hyphens and dashes as one space, trimmed. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]+", " ").strip();
    }

    private static Set<String> folded(Set<String> in) {
        Set<String> out = new TreeSet<>();
        in.forEach(s -> out.add(fold(s)));
        return out;
    }

    /** Lower-case letters and digits, every other run of characters one space. */
    static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
