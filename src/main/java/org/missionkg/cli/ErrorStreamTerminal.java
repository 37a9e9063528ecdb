package org.missionkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error, where the ingest's progress goes, is a terminal. Java 17's
 * {@code System.console()} answers a different question (are standard input and output both
 * terminals), so {@code ingest ... 2> ingest.log} run from a terminal got the redrawn bar, carriage
 * returns and all, in its log, and {@code ingest ... > summary.txt} got plain lines on the screen.
 * On Linux the process's own file descriptor 2 says where standard error goes; elsewhere (no
 * {@code /proc}) the console's answer is the best there is.
 */
final class ErrorStreamTerminal {
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private ErrorStreamTerminal() {
    }

    /** True when this process's standard error is a terminal. */
    static boolean isTerminal() {
        return isTerminal(STANDARD_ERROR, System.console() != null);
    }

    /**
     * {@code descriptor}: a link to what the stream is open on, as {@code /proc/self/fd/N} is;
     * {@code otherwise}: the answer when it cannot be read (not Linux).
     */
    static boolean isTerminal(Path descriptor, boolean otherwise) {
        String target;
        try {
            target = Files.readSymbolicLink(descriptor).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return otherwise;
        }
        // pseudo-terminals (terminal windows, ssh, tmux) and the virtual consoles
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
