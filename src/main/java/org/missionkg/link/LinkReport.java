package org.missionkg.link;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one run of the linker did.
 *
 * @param endpoint         the endpoint asked
 * @param entities         how many unlinked entities were looked up
 * @param linked           the links made
 * @param undecided        the entities whose candidates were kept for review
 * @param withoutCandidate how many entities had no candidate that passed the type check
 * @param rejectedByType   how many candidate items failed the type check
 * @param requests         how many HTTP requests were sent
 */
public record LinkReport(String endpoint, int entities, List<Linked> linked, List<Undecided> undecided,
        int withoutCandidate, int rejectedByType, int requests) {

    /** A link made: entity, its label, the item, the winning score. */
    public record Linked(String entity, String label, String qid, BigDecimal score) {
    }

    /** An entity left for review, with how many candidates it has. */
    public record Undecided(String entity, String label, int candidates) {
    }

    public LinkReport {
        linked = List.copyOf(linked);
        undecided = List.copyOf(undecided);
    }

    /** One line for people. */
    public String summary() {
        return String.format("%d unlinked entities looked up at %s: %d linked, %d undecided (see `missionkg link --review`), "
                        + "%d without a candidate; %d candidate items rejected by type; %d requests.",
                entities, endpoint, linked.size(), undecided.size(), withoutCandidate, rejectedByType, requests);
    }
}
