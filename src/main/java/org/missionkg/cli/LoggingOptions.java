package org.missionkg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** {@code -v/--verbose}: library logging at INFO and stack traces with errors. */
final class LoggingOptions {
    @Option(names = {"-v", "--verbose"}, description = "Log progress and show stack traces on errors.")
    void verbose(boolean on) {
        if (on) {
            Configurator.setRootLevel(Level.INFO);
        }
    }
}
