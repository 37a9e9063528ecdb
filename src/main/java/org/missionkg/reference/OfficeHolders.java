package org.missionkg.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionkg.model.FuzzyDate;

/**
 * Who held which public office, for whom, and when: heads of state and government, defence and
 * foreign ministers, chiefs of defence, and the heads of international organisations
 * ({@code data/officeholders.tsv}, on the classpath as {@value #RESOURCE}). News names them by a
 * bare title ("President Cyril Ramaphosa said"), which says the office but not the country; the
 * article's other countries are as often the host's or a partner's, so the answer comes from
 * what is known about the person, as a reader's own knowledge would supply it.
 *
 * <p>Columns: name, also_known_as ({@code |}-separated), office, holder_of (a country's or an
 * organisation's gazetteer label), start, end (ISO date, year-month or year; end empty while in
 * office). Names match after folding case, accents and punctuation, full names only.
 */
public final class OfficeHolders {
    public static final String RESOURCE = "/missionkg/officeholders.tsv";

    /** One term in one office. */
    public record Term(String name, String office, String holderOf, FuzzyDate start, FuzzyDate end) {
        boolean covers(LocalDate day) {
            return day == null || (start == null || !start.earliest().isAfter(day.plusYears(1)))
                    && (end == null || !end.latest().isBefore(day.minusYears(1)));
        }
    }

    /** A title's kind → the offices in the table that title can stand for. */
    private static final Map<String, Set<String>> OFFICES_OF_TITLE = Map.of(
            "president", Set.of("president", "head of state", "president of the commission", "commission chairperson"),
            "prime minister", Set.of("prime minister", "head of government", "chancellor"),
            "defence minister", Set.of("defence minister"),
            "foreign minister", Set.of("foreign minister"),
            "minister", Set.of("defence minister", "foreign minister", "interior minister"),
            "vice president", Set.of("vice president"),
            "secretary-general", Set.of("secretary-general", "executive secretary"),
            "chief of defence", Set.of("chief of defence"),
            "high representative", Set.of("high representative"));

    private final Map<String, List<Term>> byName;

    private OfficeHolders(Map<String, List<Term>> byName) {
        this.byName = byName;
    }

    /** The table shipped on the classpath, read once. */
    public static OfficeHolders bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final OfficeHolders INSTANCE = read(RESOURCE);
    }

    /** Reads a table from the classpath; a malformed line fails with the resource and line named. */
    static OfficeHolders read(String resource) {
        try (InputStream in = OfficeHolders.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static OfficeHolders parse(BufferedReader in, String source) throws IOException {
        Map<String, List<Term>> byName = new HashMap<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 || line.isBlank() || line.startsWith("#")) {
                continue; // the header
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6 || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                throw new IllegalStateException(source + " line " + n
                        + ": expected name, also_known_as, office, holder_of, start, end (6 tab-separated fields, the first, third and fourth not empty)");
            }
            Term term;
            try {
                term = new Term(f[0].strip(), f[2].strip().toLowerCase(Locale.ROOT), f[3].strip(), date(f[4]), date(f[5]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + n + ": bad date: " + e.getMessage());
            }
            List<String> names = new ArrayList<>(List.of(f[0]));
            for (String aka : f[1].split("\\|")) {
                if (!aka.isBlank()) {
                    names.add(aka);
                }
            }
            for (String name : names) {
                String key = fold(name);
                if (key.contains(" ")) { // full names only: a bare surname is too many people
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
                }
            }
        }
        return new OfficeHolders(byName);
    }

    private static FuzzyDate date(String text) {
        return text == null || text.isBlank() ? null : FuzzyDate.parse(text.strip());
    }

    /** Case, accents, dots and hyphens folded: "Fils-Aimé" and "Fils Aime" are one name. */
    static String fold(String name) {
        return AliasTokens.tokenize(name).stream().map(AliasTokens.Token::fold).collect(Collectors.joining(" "));
    }

    /**
     * Whose office a person held under a title of this kind ("president", "prime minister",
     * "defence minister", "minister", "secretary-general", ...) around that day (a year either
     * side, for news that looks back): the term's holder_of label. Empty when the person is not
     * in the table, held no such office then, or held such offices for two different holders.
     * A null kind is any office, a null day any time.
     */
    public Optional<String> holderOf(String personName, String titleKind, LocalDate around) {
        List<Term> terms = byName.getOrDefault(fold(personName), List.of());
        Set<String> offices = titleKind == null ? null : OFFICES_OF_TITLE.get(titleKind);
        Set<String> holders = terms.stream()
                .filter(t -> offices == null || offices.contains(t.office()))
                .filter(t -> t.covers(around))
                .map(Term::holderOf)
                .collect(Collectors.toSet());
        return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
    }

    /**
     * The table's name for a person written in one of its other forms ("Lord Robertson",
     * "Franjo Tudjman"): empty when the form is unknown or names two people in the table
     * (Konstantinos and Kostas Karamanlis).
     */
    public Optional<String> nameOf(String form) {
        Set<String> names = byName.getOrDefault(fold(form), List.of()).stream().map(Term::name)
                .collect(Collectors.toSet());
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    /** Every country or organisation some office in the table is held for, by its label. */
    public Set<String> holders() {
        return byName.values().stream().flatMap(List::stream).map(Term::holderOf)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Number of names (full names and their other forms) known. */
    public int size() {
        return byName.size();
    }
}
