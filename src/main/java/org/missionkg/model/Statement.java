package org.missionkg.model;

import java.util.List;
import java.util.Objects;

/** Someone said the quoted words. */
public record Statement(EntityRef speaker, String quote, Provenance provenance) implements Fact {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        return List.of(speaker);
    }

    @Override
    public String kind() {
        return "statement";
    }
}
