package org.missionkg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/**
 * Article files on any file system Hadoop reads (local, HDFS, S3 through its connector), read by
 * the CLI's own {@link ArticleReader}. A local file is read where it is, and its source is its
 * path, as the CLI names it; a file elsewhere is copied to the executor's local disk under its own
 * name (WARC files are then streamed from there), read, and its articles name the file's URI as
 * their source.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** The files to read, in a stable order, and one line per path that gave none. */
    record Listing(List<String> files, List<String> problems) {
    }

    /**
     * Expands the paths as {@link ArticleSources#expand} does for local ones: a file is taken as
     * it is, a folder for the article files in it and below it (by name: *.txt, *.md, *.jsonl, the
     * web formats), sorted.
     */
    static Listing list(List<String> paths, Configuration conf) {
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String given : paths) {
            try {
                Path p = new Path(given);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(p);
                if (!status.isDirectory()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && ArticleSources.isArticleFileName(f.getPath().getName())) {
                        found.add(f.getPath().toString());
                    }
                }
                if (found.isEmpty()) {
                    problems.add(given + ": no article files in this folder (*.txt, *.md, *.jsonl)");
                }
                found.sort(null);
                files.addAll(found);
            } catch (FileNotFoundException e) {
                problems.add(given + ": no such file or folder");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(given + ": cannot be listed: " + e.getMessage());
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /** What one file gave: its articles, and one line (naming the file) per part of it that could not be used. */
    record FileRead(List<Article> articles, List<String> problems) {
    }

    /**
     * Reads one listed file leniently, as the CLI does: a bad JSON Lines record costs that line
     * only; a file that cannot be used at all gives no article and one problem.
     */
    static FileRead read(String uri, Configuration conf, ArticleReader reader) {
        Path p = new Path(uri);
        String scheme = p.toUri().getScheme();
        if (scheme == null || "file".equals(scheme)) {
            try {
                ArticleReader.Read r = reader.readAll(java.nio.file.Path.of(p.toUri().getPath()));
                return new FileRead(r.articles(), r.problems());
            } catch (BadInputException e) {
                return new FileRead(List.of(), List.of(e.getMessage()));
            }
        }
        java.nio.file.Path dir = null;
        try {
            dir = Files.createTempDirectory("missionkg-spark");
            java.nio.file.Path local = dir.resolve(p.getName());
            p.getFileSystem(conf).copyToLocalFile(false, p, new Path(local.toUri()), true);
            String tmp = local.toString();
            try {
                ArticleReader.Read r = reader.readAll(local);
                return new FileRead(r.articles().stream()
                        .map(a -> new Article(a.id(), a.source().replace(tmp, uri), a.text(), a.meta(), a.sha256()))
                        .toList(), r.problems().stream().map(m -> m.replace(tmp, uri)).toList());
            } catch (BadInputException e) {
                return new FileRead(List.of(), List.of(e.getMessage().replace(tmp, uri)));
            }
        } catch (IOException e) {
            return new FileRead(List.of(), List.of(uri + ": cannot be read: " + e.getMessage()));
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A configuration as plain strings, to ship to the executors (Hadoop's own is not serializable). */
    static HashMap<String, String> entries(Configuration conf) {
        HashMap<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is the executor's to clean
        }
    }
}
