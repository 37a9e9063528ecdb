package org.missionkg.link;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how politely the linker and the federated queries talk to a Wikidata SPARQL endpoint.
 *
 * <pre>
 *   WikidataConfig c = WikidataConfig.defaults().withEndpoint(URI.create("http://localhost:3030/wd/sparql"));
 * </pre>
 *
 * @param endpoint       the SPARQL endpoint (default {@link #DEFAULT_ENDPOINT})
 * @param userAgent      sent with every request; Wikimedia asks for a name and a way to reach the operator
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 * @param minInterval    the least time between the starts of two requests (the rate limit)
 * @param retries        how many times a request is tried again after a timeout, a refused connection, 429 or 5xx
 * @param backoff        the wait before the first retry; it doubles for each further one (a server's
 *                       Retry-After, up to {@link #MAX_RETRY_AFTER}, is honoured when longer)
 * @param classes        the type constraint per kind of entity
 */
public record WikidataConfig(URI endpoint, String userAgent, Duration connectTimeout, Duration requestTimeout,
        Duration minInterval, int retries, Duration backoff, TypeClasses classes) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://query.wikidata.org/sparql");
    /** Where people can learn about the tool, sent in the User-Agent unless a contact is given. */
    public static final String DEFAULT_CONTACT = "https://w3id.org/missionkg";
    /** The longest Retry-After the client honours. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    public WikidataConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(classes, "classes");
        if (!endpoint.isAbsolute() || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an http(s) URL: " + endpoint);
        }
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        notNegative(minInterval, "minInterval");
        notNegative(backoff, "backoff");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more: " + retries);
        }
        if (userAgent.isBlank() || userAgent.contains("\n") || userAgent.contains("\r")) {
            throw new IllegalArgumentException("the User-Agent must be one non-blank line");
        }
    }

    /**
     * The public Wikidata endpoint, one request a second at most, 10 s to connect, 60 s for an
     * answer, 3 retries starting at 2 s, the bundled type classes.
     */
    public static WikidataConfig defaults() {
        return new WikidataConfig(DEFAULT_ENDPOINT, userAgent(DEFAULT_CONTACT), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(1), 3, Duration.ofSeconds(2), TypeClasses.bundled());
    }

    /** {@code missionkg/0.1 (research tool; CONTACT)}. */
    public static String userAgent(String contact) {
        String c = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
        return "missionkg/0.1 (research tool; " + c + ")";
    }

    public WikidataConfig withEndpoint(URI e) {
        return new WikidataConfig(e, userAgent, connectTimeout, requestTimeout, minInterval, retries, backoff, classes);
    }

    public WikidataConfig withUserAgent(String ua) {
        return new WikidataConfig(endpoint, ua, connectTimeout, requestTimeout, minInterval, retries, backoff, classes);
    }

    public WikidataConfig withTimeouts(Duration connect, Duration request) {
        return new WikidataConfig(endpoint, userAgent, connect, request, minInterval, retries, backoff, classes);
    }

    public WikidataConfig withPacing(Duration interval, int tries, Duration firstBackoff) {
        return new WikidataConfig(endpoint, userAgent, connectTimeout, requestTimeout, interval, tries, firstBackoff, classes);
    }

    public WikidataConfig withClasses(TypeClasses c) {
        return new WikidataConfig(endpoint, userAgent, connectTimeout, requestTimeout, minInterval, retries, backoff, c);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    private static void notNegative(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}
