package org.missionkg.cli;

/** The CLI's exit codes, documented in README.md. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOFTWARE = 1;
    static final int USAGE = 2;
    /** Some input was bad and skipped (the rest was processed), or a query or parameter was bad. */
    static final int BAD_INPUT = 3;
    /** The store is held by another process. */
    static final int STORE_LOCKED = 4;
    /** The graph does not conform to the shapes. */
    static final int INVALID = 5;
    /** A remote endpoint could not be reached. */
    static final int UNREACHABLE = 6;

    private ExitCodes() {
    }
}
