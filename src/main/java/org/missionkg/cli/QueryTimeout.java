package org.missionkg.cli;

import org.missionkg.model.BadInputException;
import picocli.CommandLine.Option;

/** {@code --timeout SECONDS}, shared by the commands that run a query on the store ({@code ask}, {@code query}). */
final class QueryTimeout {
    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Stop the query after this long (decimals allowed); a stopped query prints nothing and exits 3.")
    double seconds;

    /** The timeout in milliseconds (at least 1), or a usage error naming the option. */
    long millis() {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new BadInputException("--timeout", "must be a positive number of seconds, not " + seconds);
        }
        return Math.max(1, Math.round(seconds * 1000));
    }
}
