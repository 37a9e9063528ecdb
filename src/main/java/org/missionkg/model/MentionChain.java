package org.missionkg.model;

import java.util.List;

/**
 * One coreference chain CoreNLP's {@code coref} annotator found in an article: its mentions in
 * text order. Only made when coref ran (an experiment, off by default: see
 * {@code resolve.CorefMentions}).
 */
public record MentionChain(List<Mention> mentions) {
    public MentionChain {
        mentions = List.copyOf(mentions);
    }

    /**
     * One mention: its sentence (the index of {@link AnnotatedSentence}), its token range in that
     * sentence (end exclusive), its character offsets in the article text, CoreNLP's mention type
     * (PROPER, NOMINAL, PRONOMINAL, LIST) and its surface text.
     */
    public record Mention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String type, String text) {
        /** Whether the mention covers the characters {@code [b, e)}. */
        public boolean covers(int b, int e) {
            return begin <= b && e <= end;
        }
    }
}
