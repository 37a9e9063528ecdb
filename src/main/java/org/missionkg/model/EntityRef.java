package org.missionkg.model;

import java.util.Objects;

/**
 * A reference to an entity: its kind, a stable key (the gazetteer id, or a slug of the
 * normalised name for entities the gazetteer does not know) and the label to show.
 * Two refs are the same entity exactly when kind and key are equal.
 */
public record EntityRef(EntityKind kind, String key, String label) {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("entity key must be a lower-case slug: '" + key + "'");
        }
    }

    /** Same entity (kind and key), whatever the label. */
    public boolean sameAs(EntityRef other) {
        return other != null && kind == other.kind && key.equals(other.key);
    }
}
