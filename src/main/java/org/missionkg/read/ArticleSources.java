package org.missionkg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user names (files or folders) into the article files to read, in a stable order. */
public final class ArticleSources {
    private ArticleSources() {
    }

    /** One entry per path: the files found, or the problem with the path. */
    public record Expanded(List<Path> files, List<String> problems) {
    }

    public static Expanded expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleSources::isArticleFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(p + ": cannot list folder: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return new Expanded(List.copyOf(files), List.copyOf(problems));
    }

    /** In a folder, articles are *.txt, *.md, *.jsonl and the web formats ({@link WebFormats}) that are not hidden. */
    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".jsonl")
                || WebFormats.handles(p, true));
    }
}
