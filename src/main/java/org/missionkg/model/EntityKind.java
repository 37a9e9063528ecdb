package org.missionkg.model;

/** The kinds of thing facts are about; {@link #path()} is the IRI segment under {@code /id/}. */
public enum EntityKind {
    MISSION("mission"),
    COUNTRY("country"),
    ORGANIZATION("organization"),
    PERSON("person"),
    PLACE("place"),
    OUTLET("outlet");

    private final String path;

    EntityKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
