package org.missionkg.annotate;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionkg.read.BodyCleaner;

/**
 * Could CoreNLP's 7-class (MUC) model run only where SUTime runs? After the 3-class model it adds only its DATE, TIME,
 * MONEY and PERCENT labels, so a sentence where it gives none of them is the same without it. This annotates every
 * gold set's article with the ingest's pipeline, runs the 7-class model alone on each sentence, and prints, for the
 * sentences {@link TimeScreen} rejects and for those it passes, how many there are, their tokens, the model's
 * processor time on them and in how many it gives one of those labels (the rejected tuned ones shown, blind ones only
 * counted). {@code MucModelScreenCheck [ROUNDS=2]}.
 */
public final class MucModelScreenCheck {
    static final String MUC_MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    private static final Set<String> ITS_OWN = Set.of("DATE", "TIME", "MONEY", "PERCENT");

    private MucModelScreenCheck() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        GoldSetArticles gold = GoldSetArticles.read();
        StanfordCoreNLP pipeline = CoreNlpAnnotator.rawPipeline();
        CRFClassifier<CoreLabel> muc = CRFClassifier.getClassifier(MUC_MODEL);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long[] sentences = new long[2];
            long[] tokens = new long[2];
            long[] cpu = new long[2];
            long[] labelled = new long[2];
            int blindRejectedLabelled = 0;
            for (int i = 0; i < gold.articles().size(); i++) {
                Annotation doc = new Annotation(CoreNlpAnnotator.capLines(BodyCleaner.clean(gold.articles().get(i).text()),
                        CoreNlpAnnotator.MAX_LINE_CHARS));
                pipeline.annotate(doc);
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
                    if (words.isEmpty()) {
                        continue;
                    }
                    TimeScreen.numbers(s);
                    int passed = TimeScreen.couldHoldTime(s) ? 1 : 0;
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    List<CoreLabel> out = muc.classifySentence(words);
                    cpu[passed] += mx.getCurrentThreadCpuTime() - cpu0;
                    sentences[passed]++;
                    tokens[passed] += words.size();
                    if (out.stream().noneMatch(l -> ITS_OWN.contains(l.get(CoreAnnotations.AnswerAnnotation.class)))) {
                        continue;
                    }
                    labelled[passed]++;
                    if (passed == 0 && gold.blind().get(i)) {
                        blindRejectedLabelled++;
                    } else if (passed == 0 && round == 0) {
                        StringBuilder line = new StringBuilder("  rejected, labelled: " + gold.articles().get(i).id() + ":");
                        out.forEach(l -> line.append(' ').append(l.word()).append('/').append(l.get(CoreAnnotations.AnswerAnnotation.class)));
                        System.out.println(line);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "round %d: rejected by the time screen %d sentences, %d tokens, 7-class %.1f s, its labels"
                            + " in %d (%d of them blind); passed %d sentences, %d tokens, 7-class %.1f s, its labels in %d%n",
                    round, sentences[0], tokens[0], cpu[0] / 1e9, labelled[0], blindRejectedLabelled, sentences[1], tokens[1],
                    cpu[1] / 1e9, labelled[1]);
        }
    }
}
