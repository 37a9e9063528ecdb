package org.missionkg.model;

import java.util.Map;

/**
 * What an article says about itself: the front matter (or JSON Lines keys) beside its text.
 * Every field but {@code extra} may be null when the source does not give it; keys the reader
 * does not know are kept in {@code extra} as notes, never dropped.
 */
public record ArticleMeta(String title, String outlet, String author, FuzzyDate published,
                          String url, String language, Map<String, String> extra) {
    public ArticleMeta {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, null, null, Map.of());
    }
}
