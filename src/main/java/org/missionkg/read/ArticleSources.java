package org.missionkg.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
            if (isSymlinkLoop(p)) {
                problems.add(p + ": symbolic link loop (too many levels of symbolic links)");
            } else if (!Files.exists(p)) {
                problems.add(p + (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                        ? ": broken symbolic link (its target does not exist)" : ": no such file or folder"));
            } else if (Files.isDirectory(p)) {
                if (!Files.isReadable(p)) {
                    problems.add(p + ": cannot list folder: permission denied");
                    continue;
                }
                int before = files.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleSources::isArticleFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
                    problems.add(p + ": cannot list folder: " + (cause instanceof AccessDeniedException a
                            ? "permission denied (" + a.getFile() + ")" : cause.getMessage()));
                }
                if (files.size() == before) {
                    problems.add(p + ": no article files in this folder (" + FOLDER_KINDS + ")");
                }
            } else {
                files.add(p);
            }
        }
        return new Expanded(List.copyOf(files), List.copyOf(problems));
    }

    /** What a folder is searched for, as the report says it (a feed saved as *.xml is read only when named). */
    static final String FOLDER_KINDS = "*.txt, *.md, *.jsonl, *.html, *.htm, *.xhtml, *.warc, *.warc.gz, *.rss, *.atom; "
            + "*.xml only when named";

    /** True when resolving the path runs into a loop of symbolic links (which {@code Files.exists} reports as absent). */
    static boolean isSymlinkLoop(Path p) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            p.toRealPath();
            return false;
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason()) + " " + e.getMessage();
            return why.toLowerCase(Locale.ROOT).contains("symbolic links");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file found in a folder is read as articles, by its name alone: for listings of
     * folders that are not local, such as a Hadoop file system's (the Spark job).
     */
    public static boolean isArticleFileName(String fileName) {
        return isArticleFile(Path.of(fileName));
    }

    /** In a folder, articles are *.txt, *.md, *.jsonl and the web formats ({@link WebFormats}) that are not hidden. */
    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".jsonl")
                || WebFormats.handles(p, true));
    }
}
