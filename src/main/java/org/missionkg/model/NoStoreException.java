package org.missionkg.model;

/** A command that reads the store was pointed at a folder that holds none (a mistyped --store). */
public class NoStoreException extends MissionKgException {
    public NoStoreException(String message) {
        super(message);
    }
}
