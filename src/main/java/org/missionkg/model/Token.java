package org.missionkg.model;

/** One token of an annotated sentence: its text, part of speech, lemma, NER tag and offsets into the article text. */
public record Token(String word, String pos, String lemma, String ner, int begin, int end) {
}
