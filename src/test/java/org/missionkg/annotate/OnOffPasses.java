package org.missionkg.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;

/**
 * What the screen checks share ({@link TimeScreenCheck}, {@link SutimeRuleScreenCheck}): annotate every gold set's
 * article in passes, a system property on or off for each, and print each pass's processor time and how many articles
 * differ from the pass before, tuned and blind sets counted apart. Each pass is compared with the one before it:
 * SUTime's reading of a weekday can depend on the sentences it read before, even in earlier articles, so only passes
 * with the same history behind them are compared.
 */
final class OnOffPasses {
    private OnOffPasses() {
    }

    /**
     * Runs the passes in {@code order} ("off,on,off,on"), each on a new annotator made by {@code fresh} after the
     * property is set; {@code showTuned} sees the first five tuned articles that differ in each pass (never a blind one).
     */
    static void run(String what, String property, String order, Runnable fresh,
                    BiConsumer<AnnotatedArticle, AnnotatedArticle> showTuned) {
        GoldSetArticles gold = GoldSetArticles.read();
        List<Article> articles = gold.articles();
        System.out.println(articles.size() + " articles");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<AnnotatedArticle> previous = null;
        List<String> passes = List.of(order.split(","));
        for (int pass = 0; pass < passes.size(); pass++) {
            boolean on = passes.get(pass).equals("on");
            System.setProperty(property, Boolean.toString(on));
            fresh.run();
            CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
            long cpu0 = mx.getCurrentThreadCpuTime();
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Article a : articles) {
                out.add(nlp.annotate(a));
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d, %s %s: %.1f s processor time, %.0f ms an article%n", pass, what,
                    on ? "on " : "off", cpu, 1000 * cpu / articles.size());
            if (previous != null) {
                int differ = 0;
                int blindDiffer = 0;
                for (int i = 0; i < articles.size(); i++) {
                    if (out.get(i).equals(previous.get(i))) {
                        continue;
                    }
                    if (gold.blind().get(i)) {
                        blindDiffer++;
                    } else if (++differ <= 5) {
                        showTuned.accept(previous.get(i), out.get(i));
                    }
                }
                System.out.printf(Locale.ROOT, "  articles that differ from the pass before: %d tuned, %d blind%n",
                        differ, blindDiffer);
            }
            previous = out;
        }
    }
}
