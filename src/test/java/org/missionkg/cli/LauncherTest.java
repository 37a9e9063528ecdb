package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;

/**
 * The {@code ./missionkg} launcher run from another folder: the user's relative paths mean what
 * they mean in that folder. The launcher is copied into a stand-in project folder whose build
 * stamp and classpath are already there (this test's own classpath), so nothing is built.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void relativePathsAreTheCallersNotTheProjectFolders() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(Path.of("missionkg"), project.resolve("missionkg"));
        Files.createDirectories(project.resolve("target/classes"));
        Files.writeString(project.resolve("target/classes/.built"), "");
        Files.writeString(project.resolve("target/classpath.txt"), System.getProperty("java.class.path"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path articles = Files.createDirectories(work.resolve("my-articles"));
        Files.copy(TestFiles.SEED_CORPUS.resolve("000_a29c890775fe9923.txt"), articles.resolve("a.txt"));

        Process p = new ProcessBuilder("bash", ".." + File.separator + "project" + File.separator + "missionkg",
                "ingest", "--no-extract", "--store", "my-store", "./my-articles")
                .directory(work.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);

        assertEquals(ExitCodes.OK, p.exitValue(), output);
        assertTrue(output.contains("stored: 1"), output);
        assertTrue(Files.isDirectory(work.resolve("my-store")), "the store is made where the user ran the launcher");
        assertFalse(Files.exists(project.resolve("my-store")));
        assertFalse(output.contains("\u001b["), "no terminal escape codes: " + output);
    }
}
