package org.missionkg.model;

/**
 * The root of missionkg's own exceptions. They are unchecked and carry a message fit to
 * show a user as it is: the CLI prints {@link #getMessage()} on one line and picks the exit
 * code from the subclass.
 */
public class MissionKgException extends RuntimeException {
    public MissionKgException(String message) {
        super(message);
    }

    public MissionKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
