package org.missionkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
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
 * Names are compared folded (case, accents, punctuation). Prints precision and recall.
 */
final class GoldComparison {
    record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 1.0 : truePositives / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : truePositives / (double) gold;
        }
    }

    private final Map<String, Score> byKind = new LinkedHashMap<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();
    private Score overall;

    static Set<String> goldKeys(Path tsv) {
        try {
            Set<String> keys = new LinkedHashSet<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                keys.add(key(c[0], c[1], c[2], c[3], c[8]));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> predictedKeys(List<Fact> facts) {
        Set<String> keys = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.kind().equals("statement")) {
                continue;
            }
            FactRows.Row r = FactRows.row(f);
            keys.add(key(r.kind(), r.subject(), r.relation(), r.object(), r.article()));
        }
        return keys;
    }

    static String key(String kind, String subject, String relation, String object, String article) {
        String rel = kind.equals("event") ? fold(relation) : "";
        // Troop rows name the mission or the place; events name an agent or nothing: key on subject.
        String obj = kind.equals("troops") || kind.equals("event") ? "" : fold(object);
        return kind + "|" + fold(subject) + "|" + rel + "|" + obj + "|" + article;
    }

    static String fold(String s) {
        String a = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static GoldComparison compare(Set<String> gold, Set<String> predicted) {
        GoldComparison c = new GoldComparison();
        Set<String> kinds = new LinkedHashSet<>();
        gold.forEach(k -> kinds.add(k.substring(0, k.indexOf('|'))));
        predicted.forEach(k -> kinds.add(k.substring(0, k.indexOf('|'))));
        int tp = 0;
        for (String kind : kinds) {
            int ktp = 0;
            int kp = 0;
            int kg = 0;
            for (String g : gold) {
                if (g.startsWith(kind + "|")) {
                    kg++;
                    if (predicted.contains(g)) {
                        ktp++;
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
            tp += ktp;
        }
        c.overall = new Score(tp, predicted.size(), gold.size());
        return c;
    }

    Score overall() {
        return overall;
    }

    String report(String name) {
        StringBuilder sb = new StringBuilder(name).append('\n');
        byKind.forEach((k, s) -> sb.append(String.format(Locale.ROOT, "  %-9s P=%.2f R=%.2f (tp %d, predicted %d, gold %d)%n",
                k, s.precision(), s.recall(), s.truePositives(), s.predicted(), s.gold())));
        sb.append(String.format(Locale.ROOT, "  %-9s P=%.2f R=%.2f (tp %d, predicted %d, gold %d)%n", "overall",
                overall.precision(), overall.recall(), overall.truePositives(), overall.predicted(), overall.gold()));
        missed.forEach(m -> sb.append("  missed:   ").append(m).append('\n'));
        spurious.forEach(m -> sb.append("  spurious: ").append(m).append('\n'));
        return sb.toString();
    }
}
