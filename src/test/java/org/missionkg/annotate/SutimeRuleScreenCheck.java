package org.missionkg.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;

/**
 * Annotates every gold set's articles with SUTime's rules screened ({@link SutimeRuleScreen}) and unscreened, in
 * turns, each pass on freshly loaded models (the screen is put on an extractor when it is made), and prints how many
 * articles' annotations differ from the pass before (tuned and blind sets counted apart; no text is shown) and the
 * processor time of each pass. {@code SutimeRuleScreenCheck [off,on,off,on]}: the passes in order.
 */
public final class SutimeRuleScreenCheck {
    private SutimeRuleScreenCheck() {
    }

    public static void main(String[] args) {
        List<String> order = List.of((args.length > 0 ? args[0] : "off,on,off,on").split(","));
        GoldSetArticles gold = GoldSetArticles.read();
        List<Article> articles = gold.articles();
        System.out.println(articles.size() + " articles");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<AnnotatedArticle> previous = null;
        for (int pass = 0; pass < order.size(); pass++) {
            boolean on = order.get(pass).equals("on");
            System.setProperty(SutimeRuleScreen.PROPERTY, Boolean.toString(on));
            // a new NER step, whose SUTime is screened or not as the property says
            StanfordCoreNLP.clearAnnotatorPool();
            CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
            long cpu0 = mx.getCurrentThreadCpuTime();
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Article a : articles) {
                out.add(nlp.annotate(a));
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d, rule screen %s: %.1f s processor time, %.0f ms an article%n", pass,
                    on ? "on " : "off", cpu, 1000 * cpu / articles.size());
            if (previous != null) {
                int differ = 0;
                int blindDiffer = 0;
                for (int i = 0; i < articles.size(); i++) {
                    if (!out.get(i).equals(previous.get(i))) {
                        if (gold.blind().get(i)) {
                            blindDiffer++;
                        } else {
                            differ++;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "  articles that differ from the pass before: %d tuned, %d blind%n",
                        differ, blindDiffer);
            }
            previous = out;
        }
    }
}
