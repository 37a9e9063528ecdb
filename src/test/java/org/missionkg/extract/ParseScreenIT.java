package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.GoldSets;
import org.missionkg.model.Article;

/**
 * The parse screen ({@link GrammarLayer#couldMatch}) on the seeds and the paraphrase set: with it on, every article's
 * facts and explain lines are those of every sentence holding a trigger word parsed, no parse edge lacks the case
 * word its name says, and fewer sentences are parsed ({@link ParseScreenCheck} does the same on every gold set).
 */
class ParseScreenIT {
    @Test
    void theScreenChangesNoFactAndParsesFewer() {
        RuleBasedExtractor x = NlpHolder.extractor();
        int off = 0;
        int on = 0;
        int matched = 0;
        for (String set : List.of("seeds", "paraphrase")) {
            for (Article a : GoldSets.named(set).readArticles()) {
                ParseScreenCheck.Compared c = ParseScreenCheck.compare(x, a);
                assertTrue(c.same(), a.id() + ": facts or explain lines differ with the screen on");
                assertEquals(0, c.unmarked(), a.id() + ": a parse edge without its case word");
                off += c.parsedOff();
                on += c.parsedOn();
                matched += c.matched();
            }
        }
        assertTrue(matched <= on && on < off, "parsed with the screen off " + off + ", on " + on + ", matched " + matched);
    }
}
