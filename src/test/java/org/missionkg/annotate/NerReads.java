package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.NerMention;
import org.missionkg.model.Token;

/**
 * What extraction reads of CoreNLP's NER in one sentence, and nothing else: the mentions of the types
 * {@code SentenceSlots.fromMention} makes slots of (with their spans, text and normalised value, which dates and
 * counts are read from), and for each token whether its tag is one {@code PersonSlots.taggedAsName} accepts. Two NER
 * settings whose reads are equal give the extractor the same input, whatever else (MONEY, PERCENT, MISC ...) differs.
 */
record NerReads(List<NerMention> mentions, List<Boolean> nameTags) {
    /** The mention types a slot is made of. */
    static final Set<String> MENTION_TYPES = Set.of("PERSON", "LOCATION", "CITY", "STATE_OR_PROVINCE", "ORGANIZATION",
            "DATE", "NUMBER");
    /** The token tags a lone name may carry. */
    static final Set<String> NAME_TAGS = Set.of("PERSON", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    static NerReads of(AnnotatedSentence s) {
        List<NerMention> read = new ArrayList<>();
        for (NerMention m : s.mentions()) {
            if (MENTION_TYPES.contains(m.type())) {
                read.add(m);
            }
        }
        List<Boolean> names = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            names.add(NAME_TAGS.contains(t.ner()));
        }
        return new NerReads(read, names);
    }

    /** Each sentence's reads, in order. */
    static List<NerReads> of(AnnotatedArticle a) {
        return a.sentences().stream().map(NerReads::of).toList();
    }
}
