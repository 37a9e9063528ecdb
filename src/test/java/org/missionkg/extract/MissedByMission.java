package org.missionkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.missionkg.export.FactRows;

/**
 * Splits a set's missed gold rows by whether the extractor found the row's mission in that article at all (any fact of
 * the article names it): a miss whose mission was never found is lost to mission recognition (gazetteer, shapes,
 * descriptions), one whose mission was found is lost to the fact's grammar. Counts only, so it may be printed for a
 * blind set: it names no fact to tune on, yet says which of the two kinds of work would pay there.
 */
final class MissedByMission {
    private MissedByMission() {
    }

    /** One line: per kind judged by the canned questions, missed rows as "seen mission + unseen mission". */
    static String line(Path goldTsv, List<FactRows.Row> predicted, Map<String, LocalDate> published) {
        Map<String, Set<String>> named = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (FactRows.Row r : predicted) {
            LocalDate d = published.get(r.article());
            Set<String> names = named.computeIfAbsent(r.article(), a -> new HashSet<>());
            names.add(GoldComparison.fold(GoldComparison.canonical(r.subject(), d)));
            names.add(GoldComparison.fold(GoldComparison.canonical(r.object(), d)));
            keys.add(GoldComparison.key(r.kind(), r.subject(), r.relation(), r.object(), r.article(), d));
        }
        Map<String, int[]> byKind = new TreeMap<>();
        Set<String> counted = new HashSet<>();
        try {
            List<String> lines = Files.readAllLines(goldTsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (line.isBlank() || c.length < 9 || c[0].equals("location")) {
                    continue;
                }
                LocalDate d = published.get(c[8]);
                String key = GoldComparison.key(c[0], c[1], c[2], c[3], c[8], d);
                if (keys.contains(key) || !counted.add(key)) {
                    continue;
                }
                // The mission a row is about: an event's subject; a tenure's, lead's, count's or office's object.
                String mission = c[0].equals("event") ? c[1] : c[3];
                boolean seen = named.getOrDefault(c[8], Set.of()).contains(GoldComparison.fold(GoldComparison.canonical(mission, d)));
                byKind.computeIfAbsent(c[0], k -> new int[2])[seen ? 0 : 1]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder("  missed, mission found in the article + not found:");
        int seen = 0;
        int unseen = 0;
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            out.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0]).append('+').append(e.getValue()[1]);
            seen += e.getValue()[0];
            unseen += e.getValue()[1];
        }
        return out.append("  all ").append(seen).append('+').append(unseen).toString();
    }
}
