package org.missionkg.model;

import java.util.Objects;

/**
 * Where a fact is stated: character offsets [start, end) into the article text as read, the
 * exact words there, a little context either side (as Web Annotation's TextQuoteSelector
 * wants), and the whole sentence.
 */
public record Evidence(int start, int end, String exact, String prefix, String suffix, String sentence) {
    public Evidence {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        sentence = sentence == null ? exact : sentence;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
        if (exact.length() != end - start) {
            throw new IllegalArgumentException("evidence text length " + exact.length()
                    + " does not match span [" + start + ", " + end + ")");
        }
    }

    /** Cuts the evidence for [start, end) out of a text, with up to 32 characters of context. */
    public static Evidence of(String text, int start, int end, String sentence) {
        int ps = Math.max(0, start - 32);
        int se = Math.min(text.length(), end + 32);
        return new Evidence(start, end, text.substring(start, end), text.substring(ps, start),
                text.substring(end, se), sentence);
    }
}
