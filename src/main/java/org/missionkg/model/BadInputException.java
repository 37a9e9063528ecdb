package org.missionkg.model;

/**
 * An input that cannot be used: an article file, a query, a parameter. The message names the
 * source (and the line, when there is one) and the problem: {@code articles/a.jsonl [line 12]: …}.
 */
public class BadInputException extends MissionKgException {
    private final String source;

    public BadInputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public BadInputException(String source, int line, String problem) {
        super(source + " [line " + line + "]: " + problem);
        this.source = source;
    }

    public BadInputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file, query or parameter that was bad. */
    public String source() {
        return source;
    }
}
