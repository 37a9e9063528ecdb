package org.missionkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionkg.export.FactRows;
import org.missionkg.model.Fact;

/**
 * Compares extracted facts with a gold file, kind by kind. A fact is a claim key: kind,
 * subject, object (the relation too for events) and article; duplicates of one key count once.
 * Names are compared folded (case, accents, punctuation), an alias of a gazetteer entity as the
 * entity's label. Prints precision and recall, and for
 * the kinds that carry dates (command, lead, event, troops) how many matched gold rows have
 * their dates right: a gold row's dates are right when one extracted fact with its key gives
 * the same start and end (troops: the same as-of date), EDTF compared as written.
 */
final class GoldComparison {
    record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 1.0 : truePositives / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : truePositives / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Matched gold rows of a kind with dates, and how many of them have their dates right. */
    record DateScore(int right, int matched) {
        double accuracy() {
            return matched == 0 ? 1.0 : right / (double) matched;
        }
    }

    /** The claim keys of one side, each with the date signatures of its rows. */
    record Keyed(Map<String, Set<String>> dates) {
        Set<String> keys() {
            return dates.keySet();
        }
    }

    private final Map<String, Score> byKind = new LinkedHashMap<>();
    private final Map<String, DateScore> datesByKind = new LinkedHashMap<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();
    private final List<String> wrongDates = new ArrayList<>();
    /** Wrong dates counted by kind and by how they are wrong ({@link #dateMiss}). */
    private final Map<String, Integer> dateMisses = new java.util.TreeMap<>();
    private Score overall;
    private DateScore overallDates;

    static Keyed gold(Path tsv) {
        return gold(tsv, Map.of());
    }

    /**
     * The gold's keys, each mission name keyed as the mission of its article's era ({@code published}:
     * article id → publication date, from {@link #published}; an article not in it is keyed without era).
     */
    static Keyed gold(Path tsv, Map<String, LocalDate> published) {
        try {
            Map<String, Set<String>> keys = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                keys.computeIfAbsent(key(c[0], c[1], c[2], c[3], c[8], published.get(c[8])), k -> new LinkedHashSet<>())
                        .add(dateSignature(c[0], c[4], c[5], c[6]));
            }
            return new Keyed(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Keyed predicted(List<Fact> facts) {
        return predicted(facts, Map.of());
    }

    /** The extracted facts' keys, keyed by era as {@link #gold(Path, Map)} keys the gold's. */
    static Keyed predicted(List<Fact> facts, Map<String, LocalDate> published) {
        return rows(facts.stream().map(FactRows::row).toList(), published);
    }

    /**
     * Keys rows in the gold layout as {@link #predicted(List, Map)} keys facts: for rows that did not come straight from
     * the extractor (QueryScore builds them from the canned queries' answers), so both are keyed by the same code.
     */
    static Keyed rows(List<FactRows.Row> rows, Map<String, LocalDate> published) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (FactRows.Row r : rows) {
            keys.computeIfAbsent(key(r.kind(), r.subject(), r.relation(), r.object(), r.article(), published.get(r.article())),
                    k -> new LinkedHashSet<>()).add(dateSignature(r.kind(), r.start(), r.end(), r.asOf()));
        }
        return new Keyed(keys);
    }

    static String key(String kind, String subject, String relation, String object, String article) {
        return key(kind, subject, relation, object, article, null);
    }

    /** The claim key, its names keyed as the entities they meant on {@code published} (null: any time). */
    static String key(String kind, String subject, String relation, String object, String article, LocalDate published) {
        String rel = kind.equals("event") ? fold(relation) : "";
        // Troop rows name the mission or the place; events name an agent or nothing: key on subject.
        String obj = kind.equals("troops") || kind.equals("event") ? "" : fold(object);
        String who = kind.equals("troops") ? countedFor(canonical(subject, published)) : canonical(subject, published);
        return kind + "|" + fold(who) + "|" + rel + "|"
                + (obj.isEmpty() ? obj : fold(canonical(object, published))) + "|" + article;
    }

    /**
     * Whom a whole mission's strength is counted for: a gold row may give "EUCAP Somalia has about 80 staff" to the
     * mission itself or to the body that runs it (the sets differ), the extractor gives it to the body
     * ({@code Gazetteer.totalCountedFor}); both are keyed as that body, so the same count scores the same way.
     */
    private static String countedFor(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        var g = org.missionkg.reference.Gazetteer.bundled();
        return g.lookup(name).filter(m -> m.entity() != null && m.entity().kind() == org.missionkg.model.EntityKind.MISSION)
                .flatMap(m -> g.totalCountedFor(m.entity())).map(org.missionkg.model.EntityRef::label).orElse(name);
    }

    /** Each article's publication date, by article id, as the extractor reads the articles (front matter, else byline). */
    static Map<String, LocalDate> published(Path articles) {
        Map<String, LocalDate> out = new java.util.HashMap<>();
        for (Path f : org.missionkg.read.ArticleSources.expand(List.of(articles)).files()) {
            for (org.missionkg.model.Article a : org.missionkg.read.ArticleReader.create().read(f)) {
                if (a.meta().published() != null) {
                    out.put(a.id(), a.meta().published().earliest());
                }
            }
        }
        return out;
    }

    private static final Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final org.missionkg.resolve.MissionsInTime ERAS =
            org.missionkg.resolve.MissionsInTime.over(org.missionkg.reference.Gazetteer.bundled());

    /**
     * The gazetteer's label for a name that is exactly one of its entities' aliases, else the name:
     * a gold row that writes "European Union Military Advisory Mission in the Central African
     * Republic" and a fact labelled "EUMAM RCA" name the same mission, and it is the entity that
     * is scored, not the label the gazetteer happens to prefer.
     */
    static String canonical(String name) {
        return canonical(name, null);
    }

    /**
     * As {@link #canonical(String)}, a mission settled by the article's date as the extractor
     * settles it ({@code resolve.MissionsInTime}): "United Nations Mission in the Central African
     * Republic" in a 1998 story is MINURCA, in a 2020 one MINUSCA. Without the date both sides
     * would key either mission as whichever the gazetteer reads first, and two missions twenty
     * years apart would score as one.
     */
    static String canonical(String name, LocalDate published) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return CANONICAL.computeIfAbsent(name + "|" + published, k -> org.missionkg.reference.Gazetteer.bundled().lookup(name)
                .filter(m -> m.entity() != null)
                .map(m -> ERAS.settle(List.of(m), published).get(0).entity().label()).orElse(name));
    }

    /** The dates a row gives, as compared: start/end for tenures, leads and events, as-of for troops; null for undated kinds. */
    static String dateSignature(String kind, String start, String end, String asOf) {
        return switch (kind) {
            case "command", "lead", "event" -> nz(start) + "/" + nz(end);
            case "troops" -> nz(asOf);
            default -> null;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    static String fold(String s) {
        String a = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // Letters NFKD does not take apart: "Høeg" is "Hoeg", "Szczygieł" is "Szczygiel", as the press prints them.
        a = a.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
                .replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("ß", "ss").replace("ı", "i");
        a = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        // "Operacion Centinela Gallego" in a gold row, "Operation Centinela Gallego" as English news and the
        // extractor print it: the word for an operation in the mission's own language names the same one.
        return OPERATION_IN_ITS_LANGUAGE.matcher(a).replaceFirst("operation ");
    }

    private static final java.util.regex.Pattern OPERATION_IN_ITS_LANGUAGE =
            java.util.regex.Pattern.compile("^(?:operacion|operazione|operacao|operatie|operasi|operaatio|operacja) ");

    static GoldComparison compare(Keyed goldSide, Keyed predictedSide) {
        Set<String> gold = goldSide.keys();
        Set<String> predicted = predictedSide.keys();
        GoldComparison c = new GoldComparison();
        Set<String> kinds = new LinkedHashSet<>();
        gold.forEach(k -> kinds.add(k.substring(0, k.indexOf('|'))));
        predicted.forEach(k -> kinds.add(k.substring(0, k.indexOf('|'))));
        int tp = 0;
        int allRight = 0;
        int allDated = 0;
        for (String kind : kinds) {
            int ktp = 0;
            int kp = 0;
            int kg = 0;
            int right = 0;
            int dated = 0;
            for (String g : gold) {
                if (g.startsWith(kind + "|")) {
                    kg++;
                    if (predicted.contains(g)) {
                        ktp++;
                        Set<String> have = predictedSide.dates().get(g);
                        for (String sig : goldSide.dates().get(g)) {
                            if (sig == null) {
                                continue;
                            }
                            dated++;
                            if (have.contains(sig)) {
                                right++;
                            } else {
                                c.wrongDates.add(g + "  gold " + sig + "  extracted " + have);
                                c.dateMisses.merge(kind + " " + dateMiss(sig, have), 1, Integer::sum);
                            }
                        }
                    } else {
                        c.missed.add(g);
                    }
                }
            }
            for (String p : predicted) {
                if (p.startsWith(kind + "|")) {
                    kp++;
                    if (!gold.contains(p)) {
                        c.spurious.add(p);
                    }
                }
            }
            c.byKind.put(kind, new Score(ktp, kp, kg));
            if (dated > 0) {
                c.datesByKind.put(kind, new DateScore(right, dated));
            }
            tp += ktp;
            allRight += right;
            allDated += dated;
        }
        c.overall = new Score(tp, predicted.size(), gold.size());
        c.overallDates = new DateScore(allRight, allDated);
        return c;
    }

    Score overall() {
        return overall;
    }

    DateScore dates() {
        return overallDates;
    }

    List<String> missed() {
        return missed;
    }

    List<String> spurious() {
        return spurious;
    }

    String report(String name) {
        StringBuilder sb = new StringBuilder(name).append('\n');
        byKind.forEach((k, s) -> sb.append(line(k, s, datesByKind.get(k))));
        sb.append(line("overall", overall, overallDates));
        missed.forEach(m -> sb.append("  missed:   ").append(m).append('\n'));
        spurious.forEach(m -> sb.append("  spurious: ").append(m).append('\n'));
        wrongDates.forEach(m -> sb.append("  dates:    ").append(m).append('\n'));
        return sb.toString();
    }

    /**
     * How an extracted row's dates miss the gold's, in a word: "undated" (the gold has a date the rows lack),
     * "extra" (the gold has none), "precision" (the same date, at another precision or a span around it),
     * "split" (rows from different places give the gold's start and its end, no row both), "half" (a row gives
     * one end of a tenure right, none the other), "other" (a different date). Counts only: a blind set may print them.
     */
    static String dateMiss(String gold, Set<String> have) {
        String g = gold.replace("/", "");
        if (have.stream().allMatch(h -> h == null || h.replace("/", "").isEmpty())) {
            return "undated";
        }
        if (g.isEmpty()) {
            return "extra";
        }
        String[] gs = gold.split("/", -1);
        for (String h : have) {
            String[] hs = h == null ? new String[0] : h.split("/", -1);
            boolean near = gs.length == hs.length;
            for (int i = 0; near && i < gs.length; i++) {
                String a = gs[i];
                String b = hs[i];
                near = a.isEmpty() == b.isEmpty() && (a.startsWith(b.length() >= 4 ? b.substring(0, Math.min(b.length(), 7)) : "#")
                        || b.startsWith(a.length() >= 4 ? a.substring(0, Math.min(a.length(), 7)) : "#"));
            }
            if (near) {
                return "precision";
            }
        }
        if (gs.length == 2 && !gs[0].isEmpty() && !gs[1].isEmpty()) {
            boolean startSaid = false;
            boolean endSaid = false;
            for (String h : have) {
                String[] hs = h == null ? new String[0] : h.split("/", -1);
                startSaid |= hs.length == 2 && hs[0].equals(gs[0]);
                endSaid |= hs.length == 2 && hs[1].equals(gs[1]);
            }
            if (startSaid && endSaid) {
                return "split";
            }
            if (startSaid || endSaid) {
                return "half";
            }
        }
        return "other";
    }

    /** The wrong dates counted as {@link #dateMiss} sorts them, per kind: "command undated 3, event other 2". */
    String dateMisses() {
        StringBuilder sb = new StringBuilder("  wrong dates:");
        dateMisses.forEach((k, n) -> sb.append(' ').append(k).append(' ').append(n).append(','));
        return sb.toString();
    }

    /** Scores per kind only, no fact named: for blind sets, whose misses nobody may read to tune on. */
    String scores(String name) {
        StringBuilder sb = new StringBuilder(name).append('\n');
        byKind.forEach((k, s) -> sb.append(line(k, s, datesByKind.get(k))));
        return sb.append(line("overall", overall, overallDates)).toString();
    }

    private static String line(String kind, Score s, DateScore d) {
        String dates = d == null || d.matched() == 0 ? ""
                : String.format(Locale.ROOT, " dates=%.2f (%d of %d)", d.accuracy(), d.right(), d.matched());
        return String.format(Locale.ROOT, "  %-9s P=%.2f R=%.2f F1=%.2f (tp %d, predicted %d, gold %d)%s%n",
                kind, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold(), dates);
    }

    /** One line for a summary table: F1, P, R and date accuracy. */
    String summary(String name) {
        return String.format(Locale.ROOT, "%-12s F1=%.2f P=%.2f R=%.2f dates=%.2f", name, overall.f1(),
                overall.precision(), overall.recall(), overallDates.accuracy());
    }
}
