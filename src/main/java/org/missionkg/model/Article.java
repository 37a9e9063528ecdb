package org.missionkg.model;

import java.util.Objects;

/**
 * One article as read: its id (file name without extension, or the JSON Lines {@code id}),
 * where it came from, its body text exactly as read (every stored offset points into it),
 * its metadata and the SHA-256 of the text.
 */
public record Article(String id, String source, String text, ArticleMeta meta, String sha256) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(sha256, "sha256");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank (" + source + ")");
        }
    }
}
