package org.missionkg.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.model.MissionKgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polite SPARQL SELECT client for Wikidata (or any endpoint that answers like it), on
 * {@code java.net.http}: a descriptive User-Agent, at most one request per
 * {@link WikidataConfig#minInterval()}, a connect and a request timeout, and retries with
 * doubling waits after timeouts, refused connections, 429 and 5xx answers (honouring
 * Retry-After). When every try failed it throws {@link EndpointUnreachableException}; any other
 * refusal (400 for a bad query, say) is a plain {@link MissionKgException}.
 *
 * <pre>
 *   List&lt;QuerySolution&gt; rows = new WikidataClient(WikidataConfig.defaults()).select("SELECT …");
 * </pre>
 *
 * One client serves one thread at a time (requests are serialised to keep the rate limit).
 */
public final class WikidataClient {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataClient.class);
    /** Queries longer than this go in a POST body rather than the URL. */
    private static final int MAX_GET_QUERY = 1800;
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final WikidataConfig config;
    private final HttpClient http;
    private long lastStart = Long.MIN_VALUE;
    private int requests;

    public WikidataClient(WikidataConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public WikidataConfig config() {
        return config;
    }

    /** How many HTTP requests this client has sent (retries included). */
    public synchronized int requestCount() {
        return requests;
    }

    /** Runs a SELECT query and returns every row. */
    public synchronized List<QuerySolution> select(String sparql) {
        String endpoint = config.endpoint().toString();
        int tries = config.retries() + 1;
        String lastProblem = "no answer";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= tries; attempt++) {
            Duration wait = backoff(attempt);
            try {
                pace();
                HttpResponse<byte[]> response = http.send(request(sparql), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return parse(response.body(), endpoint);
                }
                if (status == 429 || status >= 500) {
                    lastProblem = "HTTP " + status + busyReason(status);
                    lastCause = null;
                    Duration planned = wait;
                    wait = retryAfter(response).filter(ra -> ra.compareTo(planned) > 0).orElse(planned);
                } else {
                    throw new MissionKgException(endpoint + " refused the query: HTTP " + status + " "
                            + firstLine(new String(response.body(), StandardCharsets.UTF_8)));
                }
            } catch (java.net.http.HttpConnectTimeoutException e) {
                lastProblem = "no connection within " + seconds(config.connectTimeout()) + " (timeout)";
                lastCause = e;
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + seconds(config.requestTimeout()) + " (timeout)";
                lastCause = e;
            } catch (IOException e) {
                lastProblem = describe(e);
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MissionKgException("interrupted while querying " + endpoint, e);
            }
            if (attempt < tries) {
                LOG.info("{}: {}; trying again in {} ({} of {})", endpoint, lastProblem, seconds(wait), attempt + 1, tries);
                sleep(wait);
            }
        }
        throw new EndpointUnreachableException(endpoint, lastProblem + " (" + tries + (tries == 1 ? " try" : " tries") + ")",
                lastCause);
    }

    private HttpRequest request(String sparql) {
        String encoded = URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        HttpRequest.Builder b;
        if (encoded.length() <= MAX_GET_QUERY) {
            String sep = config.endpoint().getRawQuery() == null ? "?" : "&";
            b = HttpRequest.newBuilder(URI.create(config.endpoint() + sep + "query=" + encoded)).GET();
        } else {
            b = HttpRequest.newBuilder(config.endpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded, StandardCharsets.UTF_8));
        }
        return b.timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", RESULTS_JSON)
                .build();
    }

    private static List<QuerySolution> parse(byte[] body, String endpoint) {
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        } catch (RiotException | IllegalArgumentException e) {
            throw new MissionKgException(endpoint + " did not answer with SPARQL JSON results: " + firstLine(e.getMessage()), e);
        }
    }

    /** Waits until {@code minInterval} has passed since the previous request started. */
    private void pace() throws InterruptedException {
        long now = System.nanoTime();
        if (lastStart != Long.MIN_VALUE) {
            long due = lastStart + config.minInterval().toNanos();
            if (due - now > 0) {
                Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
            }
        }
        lastStart = System.nanoTime();
        requests++;
    }

    private Duration backoff(int attempt) {
        return config.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long s = Long.parseLong(v.strip());
                return Optional.of(Duration.ofSeconds(Math.max(0, s)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: keep our own backoff
            }
        }).map(d -> d.compareTo(WikidataConfig.MAX_RETRY_AFTER) > 0 ? WikidataConfig.MAX_RETRY_AFTER : d);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MissionKgException("interrupted while waiting to retry", e);
        }
    }

    private static String busyReason(int status) {
        return switch (status) {
            case 429 -> " (too many requests)";
            case 503 -> " (service unavailable)";
            case 502, 504 -> " (gateway problem)";
            default -> " (server error)";
        };
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException) {
            return "connection refused or no route";
        }
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? type : type + ": " + firstLine(msg);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl).strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
