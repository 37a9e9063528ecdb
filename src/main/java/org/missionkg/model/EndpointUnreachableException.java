package org.missionkg.model;

/**
 * A remote SPARQL endpoint (Wikidata, or the one configured instead) could not be used: no
 * connection, no answer within the timeout, or only "busy" answers (429, 5xx) after every
 * retry. Nothing was changed when this is thrown; the CLI exits with its "unreachable" code.
 */
public class EndpointUnreachableException extends MissionKgException {
    private final String endpoint;
    private final String problem;

    public EndpointUnreachableException(String endpoint, String problem, Throwable cause) {
        super("cannot reach " + endpoint + ": " + problem, cause);
        this.endpoint = endpoint;
        this.problem = problem;
    }

    /** What went wrong, without the endpoint ("HTTP 503 (service unavailable) (4 tries)"). */
    public String problem() {
        return problem;
    }

    /** The endpoint's URL as configured. */
    public String endpoint() {
        return endpoint;
    }
}
