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
        Map<String, Set<String>> missionWords = new HashMap<>();
        Map<String, Set<String>> missionNames = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (FactRows.Row r : predicted) {
            LocalDate d = published.get(r.article());
            Set<String> names = named.computeIfAbsent(r.article(), a -> new HashSet<>());
            names.add(GoldComparison.fold(GoldComparison.canonical(r.subject(), d)));
            names.add(GoldComparison.fold(GoldComparison.canonical(r.object(), d)));
            String mission = r.kind().equals("event") || r.kind().equals("location") ? r.subject()
                    : r.kind().equals("role") ? null : r.object();
            if (mission != null) {
                missionWords.computeIfAbsent(r.article(), a -> new HashSet<>())
                        .addAll(nameWords(GoldComparison.canonical(mission, d)));
                missionNames.computeIfAbsent(r.article(), a -> new HashSet<>())
                        .add(GoldComparison.fold(GoldComparison.canonical(mission, d)));
            }
            keys.add(GoldComparison.key(r.kind(), r.subject(), r.relation(), r.object(), r.article(), d));
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int[] how = new int[3]; // of the near ones: the extracted name inside the gold's, the gold's inside it, neither
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
                int[] counts = byKind.computeIfAbsent(c[0], k -> new int[3]);
                counts[seen ? 0 : 1]++;
                Set<String> words = nameWords(GoldComparison.canonical(mission, d));
                if (!seen && words.stream().anyMatch(missionWords.getOrDefault(c[8], Set.of())::contains)) {
                    counts[2]++; // a mission of the article shares a name word: found under another label, perhaps
                    String gold = GoldComparison.fold(GoldComparison.canonical(mission, d));
                    Set<String> near = new HashSet<>();
                    for (String n : missionNames.getOrDefault(c[8], Set.of())) {
                        if (nameWords(n).stream().anyMatch(words::contains)) {
                            near.add(n);
                        }
                    }
                    how[near.stream().anyMatch(n -> (" " + gold + " ").contains(" " + n + " ")) ? 0
                            : near.stream().anyMatch(n -> (" " + n + " ").contains(" " + gold + " ")) ? 1 : 2]++;
                }
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
        out.append("  all ").append(seen).append('+').append(unseen);
        // Of the rows whose mission was not found, those in articles where some extracted mission shares a
        // distinctive word of its name ("Polish contingent" for "Polish Military Contingent in Chad"): the share
        // that is a label, not a reading, to win.
        out.append("\n  not found, an extracted mission of the article shares a name word:");
        int near = 0;
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            out.append(' ').append(e.getKey()).append(' ').append(e.getValue()[2]).append(" of ").append(e.getValue()[1]);
            near += e.getValue()[2];
        }
        out.append("  all ").append(near).append(" of ").append(unseen);
        // How the names differ, counts only: a shorter name found ("Joint Military Commission" for "... in the Nuba
        // Mountains"), a longer one, or another that shares a word.
        return out.append("\n  those found under a shorter name ").append(how[0]).append(", a longer one ").append(how[1])
                .append(", another ").append(how[2]).toString();
    }

    /** Words that tell one mission's name from another's: not the words every mission name uses. */
    private static final Set<String> COMMON_NAME_WORDS = Set.of("mission", "missions", "force", "forces", "operation",
            "united", "nations", "union", "african", "european", "multinational", "joint", "task", "international",
            "military", "training", "peacekeeping", "support", "security", "stabilization", "stabilisation",
            "integrated", "organization", "assistance", "group", "the", "and", "for", "combined", "regional", "interim",
            "observer", "monitoring", "naval", "maritime", "contingent", "deployment", "unit", "battalion");

    private static Set<String> nameWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : GoldComparison.fold(name).split(" ")) {
            if (w.length() >= 3 && !COMMON_NAME_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
