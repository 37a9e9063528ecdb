package org.missionkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that works on a store has: {@code --store DIR}, {@code -v} and its picocli spec (for the
 * command line's output streams). Picocli reads annotated fields from superclasses too, so a subclass only
 * declares its own options.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    LoggingOptions logging;
    @Spec
    CommandSpec spec;
}
