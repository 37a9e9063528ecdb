package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.BadInputException;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A crawl file cut off part way (a download that stopped) keeps the pages before the cut: one
 * damaged record at the end of a file of thousands cost every page in it before.
 */
class WarcCutOffTest {
    @TempDir
    Path dir;

    private Path crawlOfThreePages(WarcCompression compression, String name) throws IOException {
        Path p = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            for (int i = 1; i <= 3; i++) {
                w.write(WarcArticlesTest.response("https://news.example.org/story-" + i, 200, MediaType.HTML_UTF8,
                        HtmlArticlesTest.newsPage("Story " + i + ": " + HtmlArticlesTest.FIRST, HtmlArticlesTest.SECOND)));
            }
        }
        return p;
    }

    @Test
    void thePagesBeforeTheCutAreKeptAndTheCutIsNamedOnOneLine() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path whole = crawlOfThreePages(c, "whole-" + c + ".warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
            byte[] bytes = Files.readAllBytes(whole);
            Path cut = dir.resolve("cut-" + whole.getFileName());
            Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200)); // into the third record
            ArticleReader.Read read = ArticleReader.create().readAll(cut);
            assertEquals(List.of("https://news.example.org/story-1", "https://news.example.org/story-2"),
                    read.articles().stream().map(a -> a.meta().url()).toList(), c.toString());
            assertEquals(1, read.problems().size(), read.problems()::toString);
            String problem = read.problems().get(0);
            assertTrue(problem.startsWith(cut + ": is cut off or corrupt after "), problem);
            assertTrue(problem.contains("(2 page(s) before it read)"), problem);
            assertEquals(1, problem.lines().count());
        }
    }

    @Test
    void aFileCutBeforeItsFirstPageIsStillRefusedWhole() throws IOException {
        Path whole = crawlOfThreePages(WarcCompression.GZIP, "one.warc.gz");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("early.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, 300)); // inside the first record
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.create().readAll(cut));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
    }
}
