package org.missionkg.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.NerMention;

/**
 * Annotates every gold set's articles with SUTime screened ({@link TimeScreen}) and unscreened, in turns, and
 * prints how many articles' annotations differ (those of tuned sets are shown; of blind sets only counted) and the
 * processor time of each pass. {@code TimeScreenCheck [off,on,off,on]}: the passes in order.
 */
public final class TimeScreenCheck {
    private TimeScreenCheck() {
    }

    public static void main(String[] args) {
        List<String> order = List.of((args.length > 0 ? args[0] : "off,on,off,on").split(","));
        GoldSetArticles gold = GoldSetArticles.read();
        List<Article> articles = gold.articles();
        List<Boolean> blind = gold.blind();
        System.out.println(articles.size() + " articles");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<AnnotatedArticle> reference = null;
        // Each pass is compared with the one before it: SUTime's reading of a weekday can depend on the sentences it
        // read before, even in earlier articles, so only passes with the same history behind them are compared.
        for (int pass = 0; pass < order.size(); pass++) {
            boolean on = order.get(pass).equals("on");
            System.setProperty(CoreNlpAnnotator.TIME_SCREEN_PROPERTY, Boolean.toString(on));
            CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
            long cpu0 = mx.getCurrentThreadCpuTime();
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Article a : articles) {
                out.add(nlp.annotate(a));
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d, screen %s: %.1f s processor time, %.0f ms an article%n", pass, on ? "on " : "off",
                    cpu, 1000 * cpu / articles.size());
            if (reference == null) {
                reference = out;
                continue;
            }
            List<AnnotatedArticle> previous = reference;
            reference = out;
            int differ = 0;
            int blindDiffer = 0;
            for (int i = 0; i < articles.size(); i++) {
                if (out.get(i).equals(previous.get(i))) {
                    continue;
                }
                if (blind.get(i)) {
                    blindDiffer++;
                    continue;
                }
                differ++;
                if (differ <= 5) {
                    show(previous.get(i), out.get(i));
                }
            }
            System.out.printf(Locale.ROOT, "  articles that differ from the pass before: %d tuned, %d blind%n", differ, blindDiffer);
        }
    }

    private static void show(AnnotatedArticle a, AnnotatedArticle b) {
        System.out.println("  article " + a.article().id());
        for (int s = 0; s < Math.min(a.sentences().size(), b.sentences().size()); s++) {
            AnnotatedSentence x = a.sentences().get(s);
            AnnotatedSentence y = b.sentences().get(s);
            if (!x.equals(y)) {
                System.out.println("    sentence: " + a.cleanText().substring(x.begin(), x.end()));
                for (int t = 0; t < Math.min(x.tokens().size(), y.tokens().size()); t++) {
                    if (!x.tokens().get(t).equals(y.tokens().get(t))) {
                        System.out.println("      " + x.tokens().get(t) + " / " + y.tokens().get(t));
                    }
                }
                List<NerMention> mx = new ArrayList<>(x.mentions());
                mx.removeAll(y.mentions());
                List<NerMention> my = new ArrayList<>(y.mentions());
                my.removeAll(x.mentions());
                System.out.println("      mentions only before " + mx + "; only now " + my);
            }
        }
    }
}
