package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar goes where standard error is a terminal, whatever standard input and output are. */
class ErrorStreamTerminalTest {
    @TempDir
    Path dir;

    @Test
    void aDescriptorOnAPseudoTerminalOrAConsoleIsATerminal() throws Exception {
        // /proc/self/fd/2 is a link to the device; the link need not resolve for its target to be read
        assertTrue(ErrorStreamTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3")), false));
        assertTrue(ErrorStreamTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1")), false));
    }

    @Test
    void aDescriptorOnALogFileOrAPipeIsNotEvenWhenTheConsoleSaysSo() throws Exception {
        assertFalse(ErrorStreamTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("log"), dir.resolve("ingest.log")), true));
        assertFalse(ErrorStreamTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[81234]")), true));
        assertFalse(ErrorStreamTerminal.isTerminal(Files.createSymbolicLink(dir.resolve("null"), Path.of("/dev/null")), true));
    }

    @Test
    void withoutADescriptorToReadTheConsoleDecides() throws Exception {
        Path notALink = Files.writeString(dir.resolve("plain"), "");
        assertTrue(ErrorStreamTerminal.isTerminal(notALink, true));
        assertFalse(ErrorStreamTerminal.isTerminal(dir.resolve("missing"), false));
    }
}
