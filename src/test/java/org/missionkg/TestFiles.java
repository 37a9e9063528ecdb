package org.missionkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the tests find files outside {@code src/test/resources}: the seed corpus, which the project
 * keeps in {@code data/articles}, and the shared folder beside the project (gold facts, reference
 * lists), one level up from the main checkout or two from a worktree in a subfolder.
 *
 * <pre>
 *   Path gold = TestFiles.shared("gold/seed-facts.tsv");
 * </pre>
 */
public final class TestFiles {
    /** The seed corpus: the project's one copy (the same text as {@code ../shared/corpus/articles}). */
    public static final Path SEED_CORPUS = Path.of("data", "articles");

    private static final List<Path> SHARED = List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"));

    private TestFiles() {
    }

    /** The shared folder (the first of ../shared, ../../shared that holds gold/); fails when there is none. */
    public static Path shared() {
        for (Path p : SHARED) {
            if (Files.isDirectory(p.resolve("gold"))) {
                return p;
            }
        }
        throw new IllegalStateException("../shared (gold facts, reference lists) not found beside the project");
    }

    /** A file or folder in the shared folder, such as {@code gold/seed-facts.tsv}. */
    public static Path shared(String relative) {
        return shared().resolve(relative);
    }
}
