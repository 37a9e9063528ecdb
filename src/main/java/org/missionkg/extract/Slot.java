package org.missionkg.extract;

import org.missionkg.model.CountQualifier;
import org.missionkg.model.EntityRef;
import org.missionkg.model.FuzzyDate;

/**
 * A typed span of one sentence that rules can bind: a person (with the rank printed before
 * the name, if any), mission, country, demonym, organisation, place, role, date or number.
 * Offsets point into the article text. Fields that do not apply to the type are null.
 */
record Slot(int id, SlotType type, int begin, int end, String text, EntityRef entity, String rank,
            String role, String roleIri, FuzzyDate date, DateRole dateRole, Long number,
            CountQualifier qualifier) {

    static Slot entity(SlotType type, int begin, int end, String text, EntityRef entity) {
        return new Slot(-1, type, begin, end, text, entity, null, null, null, null, null, null, null);
    }

    Slot withId(int newId) {
        return new Slot(newId, type, begin, end, text, entity, rank, role, roleIri, date, dateRole, number, qualifier);
    }

    Slot withSpan(int newBegin, int newEnd, String newText) {
        return new Slot(id, type, newBegin, newEnd, newText, entity, rank, role, roleIri, date, dateRole, number,
                qualifier);
    }

    Slot withRank(String newRank) {
        return new Slot(id, type, begin, end, text, entity, newRank, role, roleIri, date, dateRole, number, qualifier);
    }

    Slot withEntity(EntityRef newEntity) {
        return new Slot(id, type, begin, end, text, newEntity, rank, role, roleIri, date, dateRole, number, qualifier);
    }

    Slot withDateRole(DateRole newRole) {
        return new Slot(id, type, begin, end, text, entity, rank, role, roleIri, date, newRole, number, qualifier);
    }

    boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
