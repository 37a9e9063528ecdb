package org.missionkg.model;

import java.util.List;

/**
 * A fact stated by one article: a sealed family of immutable records, one per kind. Every fact
 * carries its provenance; {@link #participants()} lists the entities it is about, in a fixed
 * order, for identity (IRIs) and for resolution.
 */
public sealed interface Fact permits CommandTenure, Leadership, MissionEvent, TroopContribution,
        RoleHolding, Stationing {

    Provenance provenance();

    /** The entities this fact is about, in a fixed order per kind. */
    List<EntityRef> participants();

    /** The kind's short name, as in the gold files: command, lead, event, troops, role, location. */
    String kind();

    /**
     * What tells two facts of one kind about the same participants apart within one sentence: the
     * event type, the role, the troop count and what it counts; empty for the other kinds. Part of
     * a fact's identity, both for its IRI and for merging duplicates found by two rules.
     */
    default String discriminator() {
        if (this instanceof MissionEvent e) {
            return e.type().code();
        }
        if (this instanceof RoleHolding r) {
            return r.role();
        }
        if (this instanceof TroopContribution t) {
            return t.count() + ":" + t.counts();
        }
        return "";
    }
}
