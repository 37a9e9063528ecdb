package org.missionkg.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.missionkg.GoldSets;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.bench.BenchClock;
import org.missionkg.model.Article;
import org.missionkg.pipeline.StandardIngest;

/**
 * Annotate and extract on one thread, as the ingest's extractor does, with the SUTime screen
 * ({@code missionkg.timeScreen}) and the surface rules' text screen ({@link RequiredText}) off and on, in turns
 * within one process after a warm-up, so that the JIT and the machine's load weigh on each setting alike. Prints the
 * processor time per article of each pass and the facts each found (they must be the same).
 * {@code ScreensBench [ARTICLES=150] [ROUNDS=2]}: the first ARTICLES of the gold sets' articles.
 */
public final class ScreensBench {
    private ScreensBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Article> articles = GoldSets.all().stream().flatMap(set -> set.readArticles().stream()).toList();
        articles = articles.subList(0, Math.min(n, articles.size()));
        System.out.println(articles.size() + " articles; load at start: " + BenchClock.load());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[][] settings = {{"off", "off"}, {"on", "off"}, {"off", "on"}, {"on", "on"}};
        RuleBasedExtractor warm = StandardIngest.extractor();
        articles.subList(0, Math.min(40, articles.size())).forEach(warm::extract);
        for (int r = 0; r < rounds; r++) {
            for (String[] s : settings) {
                System.setProperty(CoreNlpAnnotator.TIME_SCREEN_PROPERTY, s[0].equals("on") ? "true" : "false");
                RequiredText.screening = s[1].equals("on");
                RuleBasedExtractor x = StandardIngest.extractor();
                long facts = 0;
                long cpu0 = mx.getCurrentThreadCpuTime();
                for (Article a : articles) {
                    facts += x.extract(a).size();
                }
                double ms = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / articles.size();
                System.out.printf(Locale.ROOT, "round %d, SUTime screen %-3s, rule screen %-3s: %5.0f ms an article, %d facts%n",
                        r, s[0], s[1], ms, facts);
            }
        }
        System.out.println("load at end: " + BenchClock.load());
    }
}
