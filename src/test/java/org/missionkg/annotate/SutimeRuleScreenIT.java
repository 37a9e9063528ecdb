package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.missionkg.TestFiles;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/**
 * SUTime with its token rules screened ({@link SutimeRuleScreen}) finds the same times as SUTime as CoreNLP makes it
 * (loads CoreNLP's tagger and SUTime's rules, not the NER models).
 */
class SutimeRuleScreenIT {
    @Test
    void screensMostOfSutimesTokenRules() {
        int screened = SutimeRuleScreen.install(new TimeExpressionExtractorImpl("sutime", new Properties()));
        // 213 of 217 with CoreNLP 4.5.10: 197 by a state every path passes, 16 more by their first states
        assertTrue(screened > 200, "rules screened: " + screened);
    }

    /** The seeds, the paraphrase set and two held-out sets, every sentence read by both, in the same order. */
    @Test
    void screenedAndUnscreenedFindTheSameTimes() {
        TimeExpressionExtractorImpl plain = new TimeExpressionExtractorImpl("sutime", new Properties());
        TimeExpressionExtractorImpl screened = new TimeExpressionExtractorImpl("sutime", new Properties());
        SutimeRuleScreen.install(screened);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        int sentences = 0;
        int times = 0;
        for (Article a : articles()) {
            Annotation doc = new Annotation(a.text());
            tagger.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<String> expected = times(plain.extractTimeExpressionCoreMaps(sentence, "2020-06-15"));
                assertEquals(expected, times(screened.extractTimeExpressionCoreMaps(sentence, "2020-06-15")),
                        a.id() + ": " + sentence);
                sentences++;
                times += expected.size();
            }
        }
        assertTrue(sentences > 500 && times > 300, sentences + " sentences, " + times + " times");
    }

    /** Each time found: its tokens, text, type and values. */
    private static List<String> times(List<CoreMap> found) {
        List<String> out = new ArrayList<>();
        for (CoreMap t : found) {
            Timex x = t.get(TimeAnnotations.TimexAnnotation.class);
            out.add(t.get(CoreAnnotations.TokenBeginAnnotation.class) + "-"
                    + t.get(CoreAnnotations.TokenEndAnnotation.class)
                    + " " + t.get(CoreAnnotations.TextAnnotation.class)
                    + (x == null ? "" : " " + x.timexType() + " " + x.value() + " " + x.altVal()));
        }
        return out;
    }

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (Path folder : List.of(TestFiles.SEED_CORPUS, Path.of("src/test/resources/paraphrase/articles"),
                Path.of("src/test/resources/heldout/articles"), Path.of("src/test/resources/newsdev/articles"))) {
            for (Path f : ArticleSources.expand(List.of(folder)).files()) {
                articles.addAll(ArticleReader.create().read(f));
            }
        }
        return articles;
    }
}
