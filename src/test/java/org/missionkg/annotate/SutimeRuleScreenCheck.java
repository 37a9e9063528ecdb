package org.missionkg.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

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
        // a new NER step for each pass, whose SUTime is screened or not as the property says
        OnOffPasses.run("rule screen", SutimeRuleScreen.PROPERTY, args.length > 0 ? args[0] : "off,on,off,on",
                StanfordCoreNLP::clearAnnotatorPool, (before, now) -> { });
    }
}
