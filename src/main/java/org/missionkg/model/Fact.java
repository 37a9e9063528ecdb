package org.missionkg.model;

import java.util.List;

/**
 * A fact stated by one article: a sealed family of immutable records, one per kind. Every fact
 * carries its provenance; {@link #participants()} lists the entities it is about, in a fixed
 * order, for identity (IRIs) and for resolution.
 */
public sealed interface Fact permits CommandTenure, Leadership, MissionEvent, TroopContribution,
        RoleHolding, Stationing, Statement {

    Provenance provenance();

    /** The entities this fact is about, in a fixed order per kind. */
    List<EntityRef> participants();

    /** The kind's short name, as in the gold files: command, lead, event, troops, role, location, statement. */
    String kind();
}
