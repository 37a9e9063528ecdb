package org.missionkg.model;

/** The store folder is held by another process (a running server, another ingest). */
public class StoreLockedException extends MissionKgException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
