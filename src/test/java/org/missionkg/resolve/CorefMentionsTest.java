package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.MentionChain;
import org.missionkg.model.Token;

class CorefMentionsTest {
    private static final String TEXT = "Major General Ann Smith took command. She replaced him. The general spoke.";

    /** Tokens split at spaces and before the full stops; PERSON on "Ann" and "Smith". */
    private static AnnotatedSentence sentence(int index, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int e = i;
            while (e < to && TEXT.charAt(e) != ' ' && TEXT.charAt(e) != '.') {
                e++;
            }
            if (e == i) {
                e = i + 1;
            }
            String w = TEXT.substring(i, e);
            tokens.add(new Token(w, "NN", w.toLowerCase(), w.equals("Ann") || w.equals("Smith") ? "PERSON" : "O", i, e));
            i = e;
            while (i < to && TEXT.charAt(i) == ' ') {
                i++;
            }
        }
        return new AnnotatedSentence(index, from, to, tokens, List.of());
    }

    private static AnnotatedArticle article(List<MentionChain> chains) {
        Article a = new Article("a", "test", TEXT, new ArticleMeta(null, null, null, null, null, "en", Map.of()), "0");
        List<AnnotatedSentence> s = List.of(sentence(0, 0, 37), sentence(1, 38, 55), sentence(2, 56, 74));
        return new AnnotatedArticle(a, TEXT, s, chains);
    }

    private static final MentionChain.Mention SMITH = new MentionChain.Mention(0, 0, 4, 0, 23, "PROPER", "Major General Ann Smith");
    private static final MentionChain.Mention SHE = new MentionChain.Mention(1, 0, 1, 38, 41, "PRONOMINAL", "She");
    private static final MentionChain.Mention GENERAL = new MentionChain.Mention(2, 0, 2, 56, 67, "NOMINAL", "The general");

    @Test
    void withoutChainsNothingIsOfferedAndExtractionKeepsItsOwnReading() {
        CorefMentions none = CorefMentions.of(article(List.of()));
        assertFalse(none.any());
        assertTrue(none.others(38, 41).isEmpty());
    }

    @Test
    void aPronounsChainGivesTheMentionsBeforeItNearestFirstThenTheOnesAfter() {
        CorefMentions c = CorefMentions.of(article(List.of(new MentionChain(List.of(SMITH, SHE, GENERAL)))));
        assertTrue(c.any());
        assertEquals(List.of(SMITH, GENERAL), c.others(38, 41));
        assertEquals(List.of(SHE, SMITH), c.others(60, 67)); // "general", the head of "The general"
        assertTrue(c.others(42, 50).isEmpty()); // "replaced" is in no chain
    }

    @Test
    void theNameInAMentionIsItsRunOfPersonTokensWithoutTheRank() {
        CorefMentions c = CorefMentions.of(article(List.of(new MentionChain(List.of(SMITH, SHE)))));
        assertEquals("Ann Smith", c.personName(SMITH).orElseThrow());
        assertTrue(c.personName(SHE).isEmpty());
    }
}
