package org.missionkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;

/** Listing and reading article files through Hadoop's file systems, local and not (no Spark, no models). */
class ArticleFilesTest {
    @TempDir
    Path dir;

    /** The local file system under another scheme: a file system the job must copy from, as from HDFS or S3. */
    public static final class OtherFs extends RawLocalFileSystem {
        @Override
        public URI getUri() {
            return URI.create("otherfs:///");
        }

        @Override
        public String getScheme() {
            return "otherfs";
        }
    }

    private static Configuration conf() {
        Configuration conf = new Configuration(false);
        conf.set("fs.otherfs.impl", OtherFs.class.getName());
        conf.setBoolean("fs.otherfs.impl.disable.cache", true);
        return conf;
    }

    @Test
    void listsArticleFilesByNameSortedAndNamesPathsThatGiveNone() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("in/b.md"), "b");
        Files.writeString(dir.resolve("in/sub/a.jsonl"), "{}");
        Files.writeString(dir.resolve("in/page.html"), "<p>x</p>");
        Files.writeString(dir.resolve("in/notes.pdf"), "x");
        Files.writeString(dir.resolve("in/.hidden.txt"), "x");
        Files.writeString(dir.resolve("in/feed.xml"), "x"); // too vague in a folder, as for the CLI
        ArticleFiles.Listing l = ArticleFiles.list(List.of(dir.resolve("in").toString(), dir.resolve("empty").toString(),
                dir.resolve("missing").toString()), conf());
        assertEquals(List.of("file:" + dir.resolve("in/b.md"), "file:" + dir.resolve("in/page.html"),
                "file:" + dir.resolve("in/sub/a.jsonl")), l.files());
        assertEquals(List.of(dir.resolve("empty") + ": no article files in this folder (*.txt, *.md, *.jsonl)",
                dir.resolve("missing") + ": no such file or folder"), l.problems());
    }

    @Test
    void aLocalFileKeepsItsPathAsSourceAndAnotherFileSystemsFileItsUri() throws IOException {
        Path file = dir.resolve("2020-05-01-nmi.md");
        Files.writeString(file, "---\ntitle: NMI\npublished: 2020-05-01\n---\nNATO Mission Iraq trains Iraqi officers.\n");
        Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"ok\", \"text\": \"Troops arrived.\"}\nnot json\n");
        ArticleReader reader = ArticleReader.create();

        ArticleFiles.FileRead local = ArticleFiles.read("file:" + file, conf(), reader);
        Article expected = reader.read(file).get(0);
        assertEquals(List.of(expected), local.articles());

        String uri = "otherfs://" + file;
        ArticleFiles.FileRead remote = ArticleFiles.read(uri, conf(), reader);
        assertEquals(1, remote.articles().size());
        Article a = remote.articles().get(0);
        assertEquals(uri, a.source());
        assertEquals(new Article(expected.id(), uri, expected.text(), expected.meta(), expected.sha256()), a);

        ArticleFiles.FileRead bad = ArticleFiles.read("otherfs://" + dir.resolve("bad.jsonl"), conf(), reader);
        assertEquals(1, bad.articles().size());
        assertEquals(1, bad.problems().size());
        assertTrue(bad.problems().get(0).startsWith("otherfs://" + dir.resolve("bad.jsonl") + " [line 2]"), bad.problems().get(0));

        ArticleFiles.FileRead gone = ArticleFiles.read("otherfs://" + dir.resolve("gone.md"), conf(), reader);
        assertEquals(List.of(), gone.articles());
        assertTrue(gone.problems().get(0).startsWith("otherfs://" + dir.resolve("gone.md") + ": cannot be read"), gone.problems().toString());
    }
}
