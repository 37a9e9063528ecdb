package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.List;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
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
        OnOffPasses.run("screen", CoreNlpAnnotator.TIME_SCREEN_PROPERTY, args.length > 0 ? args[0] : "off,on,off,on",
                () -> { }, TimeScreenCheck::show);
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
