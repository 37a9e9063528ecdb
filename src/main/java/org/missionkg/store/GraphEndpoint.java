package org.missionkg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.missionkg.model.BadInputException;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.model.MissionKgException;
import org.missionkg.vocab.Iris;

/**
 * A remote store that speaks the SPARQL 1.1 Graph Store Protocol (a Fuseki elsewhere, or any
 * store with {@code ?graph=IRI} PUT), as a target for article graphs. Each graph is sent with
 * Jena's {@link GSP} client as one PUT, which replaces the graph whole: the remote store never
 * holds half an article, and sending a graph twice leaves one copy.
 *
 * <p>Credentials come from the environment ({@value #USER_ENV}, {@value #PASSWORD_ENV}) or a file
 * ({@code user=...} and {@code password=...} lines), never from the command line, where other
 * users of the machine could read them; they go as HTTP basic authentication on every request.
 * {@link #connect} asks the endpoint once before anything is sent, so wrong credentials are
 * reported with nothing written.
 *
 * <pre>
 *   GraphEndpoint ep = GraphEndpoint.connect(url, GraphEndpoint.Credentials.from(System.getenv(), file));
 *   if (!ep.has(graphIri)) ep.put(graphIri, graph);
 * </pre>
 */
public final class GraphEndpoint {
    public static final String USER_ENV = "MISSIONKG_ENDPOINT_USER";
    public static final String PASSWORD_ENV = "MISSIONKG_ENDPOINT_PASSWORD";

    private final String url;
    private final HttpClient http;
    private final String authorization;

    /** A user name and password for HTTP basic authentication; {@link #NONE} for an open endpoint. */
    public record Credentials(String user, String password) {
        public static final Credentials NONE = new Credentials(null, null);

        /**
         * From a file when one is given (lines {@code user=NAME} and {@code password=SECRET}),
         * else from the environment; {@link #NONE} when neither says anything.
         */
        public static Credentials from(Map<String, String> env, Path file) {
            if (file != null) {
                Map<String, String> values = new HashMap<>();
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new BadInputException(file.toString(), "cannot read the endpoint credentials: " + e.getMessage(), e);
                }
                for (String line : lines) {
                    int eq = line.indexOf('=');
                    if (!line.isBlank() && !line.strip().startsWith("#") && eq > 0) {
                        values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                    }
                }
                if (!values.containsKey("user") || !values.containsKey("password")) {
                    throw new BadInputException(file.toString(), "needs a user=NAME line and a password=SECRET line");
                }
                return new Credentials(values.get("user"), values.get("password"));
            }
            String user = env.get(USER_ENV);
            String password = env.get(PASSWORD_ENV);
            if (user == null && password == null) {
                return NONE;
            }
            if (user == null || password == null) {
                throw new BadInputException(user == null ? USER_ENV : PASSWORD_ENV, "is not set (set both "
                        + USER_ENV + " and " + PASSWORD_ENV + ", or use --endpoint-credentials FILE)");
            }
            return new Credentials(user, password);
        }

        @Override
        public String toString() {
            return user == null ? "no credentials" : "user " + user; // never the password, in logs or messages
        }
    }

    private GraphEndpoint(String url, Credentials credentials) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.authorization = credentials.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An endpoint that has answered once with these credentials: a request for a graph that
     * cannot exist must come back "not found" (or found), not "unauthorised".
     */
    public static GraphEndpoint connect(String url, Credentials credentials) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new BadInputException("--to-endpoint", "must be an http(s) URL of a Graph Store Protocol endpoint, not '" + url + "'");
        }
        GraphEndpoint ep = new GraphEndpoint(url, credentials);
        ep.has(Iris.BASE + "graph/connection-check");
        return ep;
    }

    public String url() {
        return url;
    }

    /** Whether the endpoint holds the named graph (a HEAD request: 200 or 404). */
    public boolean has(String graphIri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target(graphIri)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<Void> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            throw new EndpointUnreachableException(url, "connection refused", e);
        } catch (IOException e) {
            throw new EndpointUnreachableException(url, String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MissionKgException("interrupted while asking " + url, e);
        }
        return switch (r.statusCode()) {
            case 200, 204 -> true;
            case 404 -> false;
            default -> throw refused(r.statusCode(), null);
        };
    }

    /** Sends one graph, replacing whatever the endpoint held under that name. */
    public void put(String graphIri, Graph graph) {
        GSP gsp = GSP.service(url).httpClient(http).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
        if (authorization != null) {
            gsp.httpHeader("Authorization", authorization);
        }
        try {
            gsp.PUT(graph);
        } catch (HttpException e) {
            if (e.getStatusCode() <= 0) {
                throw new EndpointUnreachableException(url, String.valueOf(e.getMessage()), e);
            }
            throw refused(e.getStatusCode(), graphIri);
        }
    }

    private MissionKgException refused(int status, String graphIri) {
        String what = switch (status) {
            case 401 -> authorization == null
                    ? "asks for credentials (HTTP 401): set " + USER_ENV + " and " + PASSWORD_ENV + ", or use --endpoint-credentials FILE"
                    : "refused the credentials (HTTP 401): check the user name and password";
            case 403 -> "refused this user (HTTP 403): the user may not write there";
            default -> "answered HTTP " + status + (graphIri == null ? "" : " to a PUT of <" + graphIri + ">")
                    + " (is it a Graph Store Protocol endpoint, such as a Fuseki dataset's /data?)";
        };
        return new EndpointUnreachableException(url, what, null);
    }

    private String target(String graphIri) {
        return url + (url.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
    }
}
