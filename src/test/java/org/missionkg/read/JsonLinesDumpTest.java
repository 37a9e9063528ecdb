package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;

/**
 * A JSON Lines dump holds thousands of articles: the file may be any size, and the size limit
 * holds for each record (issue 12: "JSONL dumps: thousands to millions of articles"). A 6.7 MB
 * dump of 1,600 articles was refused whole as "over the 5,242,880-byte limit for one article file".
 */
class JsonLinesDumpTest {
    @TempDir
    Path dir;

    @Test
    void aDumpLargerThanTheLimitIsReadWhole() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            dump.append("{\"id\": \"a").append(i).append("\", \"published\": \"2020-11-24\", \"text\": \"Story ").append(i)
                    .append(": Denmark took over the command of the mission.\"}\n");
        }
        Path f = Files.writeString(dir.resolve("dump.jsonl"), dump);
        ArticleReader reader = ArticleReader.withMaxBytes(1_000);
        assertTrue(Files.size(f) > 10_000);
        ArticleReader.Read read = reader.readAll(f);
        assertEquals(List.of(), read.problems());
        assertEquals(200, read.articles().size());
        assertEquals("a199", read.articles().get(199).id());
        assertEquals(f + " [line 200]", read.articles().get(199).source());
        assertEquals("Story 0: Denmark took over the command of the mission.", read.articles().get(0).text());
    }

    @Test
    void aRecordOverTheLimitIsNamedAndTheOthersAreKept() throws IOException {
        Path f = Files.writeString(dir.resolve("big.jsonl"), "{\"id\": \"a\", \"text\": \"short\"}\n"
                + "{\"id\": \"b\", \"text\": \"" + "x".repeat(2_000) + "\"}\n"
                + "{\"id\": \"c\", \"text\": \"short too\"}");
        ArticleReader.Read read = ArticleReader.withMaxBytes(1_000).readAll(f);
        assertEquals(List.of("a", "c"), read.articles().stream().map(Article::id).toList());
        assertEquals(List.of(f + " [line 2]: record is over the 1,000-byte limit for one article"), read.problems());
        assertEquals(f + " [line 3]", read.articles().get(1).source(), "a last line without a newline is read");
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndABadLineCostOnlyThatLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("{\"id\": \"a\", \"text\": \"Caf\u00e9 one\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1, not UTF-8
        bytes.writeBytes("\"}\r\n\r\n{\"id\": \"c\", \"text\": \"three\"}\r\n".getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("windows.jsonl"), bytes.toByteArray());
        ArticleReader.Read read = ArticleReader.create().readAll(f);
        assertEquals(List.of("a", "c"), read.articles().stream().map(Article::id).toList());
        assertEquals("Caf\u00e9 one", read.articles().get(0).text());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).startsWith(f + " [line 2]: is not valid UTF-8 text"), read.problems().get(0));
        assertEquals(f + " [line 4]", read.articles().get(1).source());
    }
}
