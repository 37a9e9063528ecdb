package org.missionkg.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.missionkg.model.Article;
import org.missionkg.reference.Gazetteer;

/**
 * {@code dev/bench-screen}: the relevance screen's speed (articles/s, after a warm-up) and pass
 * rate on every gold set (with how many of the articles that hold a gold fact it keeps) and on a
 * generated off-topic corpus, then on a mix of both. Prints figures; asserts nothing.
 */
public final class ScreenBench {
    private ScreenBench() {
    }

    public static void main(String[] args) {
        int offTopicCount = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        boolean verbose = List.of(args).contains("-v");
        long t0 = System.nanoTime();
        Gazetteer.bundled();
        RelevanceScreen screen = RelevanceScreen.standard();
        System.out.printf(Locale.ROOT, "gazetteer loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);

        List<Article> onTopic = new ArrayList<>();
        System.out.println("set          articles  passed  gold-articles  gold-kept");
        for (ScreenSets.GoldSet set : ScreenSets.all()) {
            int passed = 0;
            int kept = 0;
            for (Article a : set.articles()) {
                RelevanceScreen.Verdict v = screen.judge(a);
                passed += v.pass() ? 1 : 0;
                kept += v.pass() && set.withFacts().contains(a.id()) ? 1 : 0;
                if (verbose || !v.pass()) {
                    // a blind set's article by its number only: its file name says what it is about
                    String shown = set.blind() ? a.id().replaceFirst("_.*", "") : a.id();
                    System.out.println("    " + (v.pass() ? "pass " : "OUT  ") + set.name() + "/" + shown + ": " + v.why()
                            + (set.withFacts().contains(a.id()) ? " [has gold facts]" : ""));
                }
            }
            onTopic.addAll(set.articles());
            System.out.printf(Locale.ROOT, "%-12s %8d  %6d  %13d  %9d%n", set.name(), set.articles().size(), passed,
                    set.withFacts().size(), kept);
        }

        List<Article> offTopic = OffTopicCorpus.generate(offTopicCount, 12L);
        Map<String, Integer> why = new TreeMap<>();
        int offPassed = 0;
        for (Article a : offTopic) {
            RelevanceScreen.Verdict v = screen.judge(a);
            if (v.pass()) {
                offPassed++;
                why.merge(v.why() + " " + v.names().keySet() + " " + v.militaryWords(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "off-topic    %8d  %6d  (%.1f%% passed; %d templates)%n", offTopic.size(), offPassed,
                100.0 * offPassed / offTopic.size(), OffTopicCorpus.templates());
        why.forEach((k, n) -> System.out.println("    passed " + n + "x: " + k));

        // speed: the mix of every on-topic article and the off-topic ones, warmed up first
        List<Article> mix = new ArrayList<>(offTopic);
        mix.addAll(onTopic);
        long chars = mix.stream().mapToLong(a -> a.text().length()).sum();
        for (int i = 0; i < 3; i++) {
            mix.forEach(screen::test);
        }
        int rounds = 5;
        int passed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            passed = 0;
            for (Article a : mix) {
                passed += screen.test(a) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = rounds * mix.size() / seconds;
        System.out.printf(Locale.ROOT, "mix: %d articles (%d on-topic, %d off-topic), mean %d chars; passed %d (%.1f%%)%n",
                mix.size(), onTopic.size(), offTopic.size(), chars / mix.size(), passed, 100.0 * passed / mix.size());
        System.out.printf(Locale.ROOT, "screen speed: %.0f articles/s, %.1f MB/s of text, one thread (%d rounds, %.2f s)%n",
                perSecond, rounds * chars / seconds / 1e6, rounds, seconds);

        // the gold sets alone: news-length articles that all pass, so every check runs
        long onChars = onTopic.stream().mapToLong(a -> a.text().length()).sum();
        int onRounds = 40;
        start = System.nanoTime();
        for (int i = 0; i < onRounds; i++) {
            onTopic.forEach(screen::test);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "screen speed on the gold sets alone (mean %d chars): %.0f articles/s%n",
                onChars / onTopic.size(), onRounds * onTopic.size() / seconds);
    }
}
