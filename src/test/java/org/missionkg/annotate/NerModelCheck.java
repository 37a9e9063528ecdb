package org.missionkg.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;
import org.missionkg.model.NerMention;

/**
 * Whether other NER settings give extraction the same input: annotates every gold set's article with the ingest's
 * settings ("base") and with {@code OVERRIDES} ("alt", CoreNLP properties as {@code -Dmissionkg.corenlp} takes them),
 * in the passes given, and compares each pass's {@link NerReads} with the first one's. Prints each pass's processor
 * time, how many articles' reads differ (tuned and blind sets apart), the mentions gained and lost by type, and, for
 * the first tuned articles that differ, the sentences and mentions (of blind sets only counts).
 * {@code NerModelCheck OVERRIDES [base,alt,base,alt]}.
 */
public final class NerModelCheck {
    private static final int SHOWN = 12;

    private NerModelCheck() {
    }

    public static void main(String[] args) {
        String alt = args[0];
        List<String> passes = List.of((args.length > 1 ? args[1] : "base,alt").split(","));
        GoldSetArticles gold = GoldSetArticles.read();
        List<Article> articles = gold.articles();
        System.out.println(articles.size() + " articles; alt: " + alt);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<AnnotatedArticle> first = null;
        for (int pass = 0; pass < passes.size(); pass++) {
            String spec = passes.get(pass).equals("alt") ? alt : "";
            System.setProperty(CoreNlpAnnotator.OVERRIDES_PROPERTY, spec);
            CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
            long cpu0 = mx.getCurrentThreadCpuTime();
            List<AnnotatedArticle> out = new ArrayList<>(articles.size());
            for (Article a : articles) {
                out.add(nlp.annotate(a));
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d, %s: %.1f s processor time, %.1f ms an article%n", pass,
                    passes.get(pass), cpu, 1000 * cpu / articles.size());
            if (first == null) {
                first = out;
            } else {
                compare(gold, first, out);
            }
        }
        System.clearProperty(CoreNlpAnnotator.OVERRIDES_PROPERTY);
    }

    private static void compare(GoldSetArticles gold, List<AnnotatedArticle> before, List<AnnotatedArticle> now) {
        int[] differ = new int[2];
        int[] nameTags = new int[2];
        List<Map<String, int[]>> byType = List.of(new TreeMap<>(), new TreeMap<>());
        int shown = 0;
        for (int i = 0; i < before.size(); i++) {
            List<NerReads> x = NerReads.of(before.get(i));
            List<NerReads> y = NerReads.of(now.get(i));
            if (x.equals(y)) {
                continue;
            }
            int b = gold.blind().get(i) ? 1 : 0;
            differ[b]++;
            boolean show = b == 0 && shown++ < SHOWN;
            if (show) {
                System.out.println("  article " + before.get(i).article().id());
            }
            for (int s = 0; s < x.size(); s++) {
                if (x.get(s).equals(y.get(s))) {
                    continue;
                }
                List<NerMention> lost = new ArrayList<>(x.get(s).mentions());
                lost.removeAll(y.get(s).mentions());
                List<NerMention> gained = new ArrayList<>(y.get(s).mentions());
                gained.removeAll(x.get(s).mentions());
                lost.forEach(m -> byType.get(b).computeIfAbsent(m.type(), k -> new int[2])[0]++);
                gained.forEach(m -> byType.get(b).computeIfAbsent(m.type(), k -> new int[2])[1]++);
                List<Boolean> xt = x.get(s).nameTags();
                List<Boolean> yt = y.get(s).nameTags();
                for (int t = 0; t < xt.size(); t++) {
                    if (!xt.get(t).equals(yt.get(t))) {
                        nameTags[b]++;
                    }
                }
                if (show) {
                    var sentence = before.get(i).sentences().get(s);
                    System.out.println("    " + before.get(i).cleanText().substring(sentence.begin(), sentence.end()));
                    System.out.println("      base only " + lost + "\n      alt only  " + gained);
                }
            }
        }
        System.out.printf(Locale.ROOT, "  articles whose reads differ from the first pass: %d tuned, %d blind%n",
                differ[0], differ[1]);
        for (int b = 0; b < 2; b++) {
            StringBuilder line = new StringBuilder(b == 0 ? "  tuned" : "  blind");
            byType.get(b).forEach((type, n) -> line.append(String.format(Locale.ROOT, "  %s -%d +%d", type, n[0], n[1])));
            line.append(String.format(Locale.ROOT, "  name tags changed %d", nameTags[b]));
            System.out.println(line);
        }
    }
}
