package org.missionkg.model;

import java.util.Locale;

/** What can happen to a mission; the ontology has the same list as a SKOS concept scheme. */
public enum EventType {
    LAUNCH, START, EXTENSION, SUSPENSION, RESUMPTION, EXPANSION, HANDOVER, DRAWDOWN,
    RELOCATION, END, PLANNED_END;

    /** The concept's local name and the value in query results: {@code planned-end}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventType ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
