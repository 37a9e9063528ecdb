package org.missionkg.cli;

import org.missionkg.model.BadInputException;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.model.MissionKgException;
import org.missionkg.model.NoStoreException;
import org.missionkg.model.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints one line for our own exceptions; a stack trace only for real bugs (or with --verbose). */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (ex instanceof MissionKgException) {
            cmd.getErr().println("missionkg: " + ex.getMessage());
            if (verbose) {
                ex.printStackTrace(cmd.getErr());
            }
        } else {
            cmd.getErr().println("missionkg: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
        }
        return exitCode(ex);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException) {
            // picocli asks this mapper for bad options and arguments too, not only for failures in a command
            return ExitCodes.USAGE;
        }
        if (ex instanceof NoStoreException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof StoreLockedException) {
            return ExitCodes.STORE_LOCKED;
        }
        if (ex instanceof EndpointUnreachableException) {
            return ExitCodes.UNREACHABLE;
        }
        if (ex instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof MissionKgException) {
            return ExitCodes.SOFTWARE;
        }
        return ExitCodes.SOFTWARE;
    }
}
