package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.TestFiles;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.BadInputException;

/**
 * The reader on the seed corpus, on JSON Lines, and on every kind of bad input: each bad file
 * must give one {@link BadInputException} whose one-line message names the file, the line when
 * there is one, and the problem.
 */
class ArticleReaderTest {
    static final Path SEED = TestFiles.SEED_CORPUS;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_a29c890775fe9923 | -                                                                        | Kurdistan 24        | -              | 2019-06-26 | -
            001_e6088a01d5507656 | Canada will lead new training mission for Iraq: NATO Secretary-General   | Kurdistan 24        | -              | 2018-07-11 | -
            002_c6492637f5053c95 | -                                                                        | The Canadian Press  | Lee Berthiaume | 2020-01-07 | -
            003_b81079d545b3e2ce | Iraq's approval of expanded North Atlantic Treaty Organisation mission 'very positive,' Sajjan says | Click Lancashire | Elias Hubbard | 2020-02-14 | -
            004_811f0c9e4eb4394b | Canada's mission in Iraq at a crossroads as ISIL declines, new threats emerge | The Canadian Press | - | 2021-01-10 | https://cfjctoday.com/2021/01/10/canadas-mission-in-iraq-at-a-crossroads-as-isil-declines-new-threats-emerge/
            """)
    void seedFrontMatterBecomesMetadata(String id, String title, String outlet, String author, String published, String url) {
        Path file = SEED.resolve(id + ".txt");
        List<Article> read = ArticleReader.create().read(file);
        assertEquals(1, read.size());
        Article a = read.get(0);
        ArticleMeta meta = a.meta();
        assertEquals(id, a.id());
        assertEquals(file.toString(), a.source());
        assertEquals(title, meta.title());
        assertEquals(outlet, meta.outlet());
        assertEquals(author, meta.author());
        assertEquals(published, meta.published().edtf());
        assertEquals(url, meta.url());
        assertEquals("en", meta.language());
        // 'note' is no field of ArticleMeta: it is kept, not dropped
        assertTrue(meta.extra().containsKey("note"), meta.extra()::toString);
        assertFalse(meta.extra().get("note").isBlank());
        assertEquals(64, a.sha256().length());
    }

    @ParameterizedTest
    @CsvSource({"000_a29c890775fe9923", "001_e6088a01d5507656", "002_c6492637f5053c95",
                "003_b81079d545b3e2ce", "004_811f0c9e4eb4394b"})
    void bodyIsExactlyTheFileAfterTheFrontMatter(String id) throws IOException {
        String file = Files.readString(SEED.resolve(id + ".txt"), StandardCharsets.UTF_8);
        int close = file.indexOf("\n---\n", 3);
        String expected = file.substring(close + "\n---\n".length());
        Article a = ArticleReader.create().read(SEED.resolve(id + ".txt")).get(0);
        assertEquals(expected, a.text());
        // an offset found in the file's body is the same offset in the article text
        String probe = expected.substring(expected.length() / 2, expected.length() / 2 + 30);
        assertEquals(expected.indexOf(probe), a.text().indexOf(probe));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreHandled() throws IOException {
        Path f = write("crlf.txt", "\uFEFF---\r\ntitle: T\r\npublished: 2020-03\r\n---\r\nBody line one.\r\nTwo.\r\n");
        Article a = ArticleReader.create().read(f).get(0);
        assertEquals("T", a.meta().title());
        assertEquals("2020-03", a.meta().published().edtf());
        assertEquals("Body line one.\r\nTwo.\r\n", a.text());
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() throws IOException {
        Path f = write("plain.md", "Just a story.\n");
        Article a = ArticleReader.create().read(f).get(0);
        assertEquals("plain", a.id());
        assertEquals("Just a story.\n", a.text());
        assertEquals(ArticleMeta.empty(), a.meta());
    }

    @Test
    void jsonLinesGiveOneArticlePerRecord() throws IOException {
        Path f = write("batch.jsonl", """
                {"id": "a1", "title": "First", "outlet": "Wire", "published": "2019-11", "text": "Text one.", "desk": "world"}

                {"id": "a2", "author": "Someone", "text": "Text two\\nwith a second line."}
                {"id": 3, "text": "Text three."}
                """);
        List<Article> read = ArticleReader.create().read(f);
        assertEquals(List.of("a1", "a2", "3"), read.stream().map(Article::id).toList());
        Article first = read.get(0);
        assertEquals("Text one.", first.text());
        assertEquals("First", first.meta().title());
        assertEquals("Wire", first.meta().outlet());
        assertEquals("2019-11", first.meta().published().edtf());
        assertEquals(java.util.Map.of("desk", "world"), first.meta().extra());
        assertEquals(f + " [line 1]", first.source());
        assertEquals("Text two\nwith a second line.", read.get(1).text());
        assertEquals("Someone", read.get(1).meta().author());
        assertEquals(f + " [line 3]", read.get(1).source());
    }

    // ---- bad input: each one names the file, the line where there is one, and the problem

    @Test
    void emptyFile() throws IOException {
        assertBad(write("empty.txt", ""), "empty file");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertBad(write("blank.txt", "  \n\t\n \r\n"), "empty file");
    }

    @Test
    void frontMatterButNoBody() throws IOException {
        assertBad(write("nobody.txt", "---\ntitle: Only a title\n---\n\n  \n"), "no body");
        assertBad(write("nobody2.txt", "---\ntitle: Only a title\n---"), "no body");
    }

    @Test
    void frontMatterWithoutClosingFence() throws IOException {
        assertBad(write("open.txt", "---\ntitle: T\npublished: 2020-01-01\nThe story starts here.\n"),
                "[line 1]", "no closing '---'");
    }

    @Test
    void frontMatterThatIsNotYaml() throws IOException {
        // the YAML parser notices an unclosed bracket on the next line: the line it names is that one
        assertBad(write("yaml.txt", "---\ntitle: T\noutlet: [unclosed\nauthor: A\n---\nBody.\n"),
                "[line 4]", "broken front matter");
        assertBad(write("quote.txt", "---\ntitle: \"unclosed\nauthor: A\n---\nBody.\n"), "[line ", "broken front matter");
        assertBad(write("dupkey.txt", "---\ntitle: T\ntitle: U\n---\nBody.\n"), "[line 3]", "broken front matter");
        assertBad(write("list.txt", "---\n- a\n- b\n---\nBody.\n"), "[line 2]", "key: value");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = "---\ntitle: Montr\u00e9al\n---\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertBad(writeBytes("latin1.txt", latin1), "not valid UTF-8");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertBad(writeBytes("picture.txt", png), "binary");
    }

    @Test
    void controlCharactersWithoutNulAreBinaryToo() throws IOException {
        assertBad(write("ctrl.txt", "a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006"), "binary");
    }

    @ParameterizedTest
    @CsvSource({"2020-13-45, not a calendar date", "2020-02-30, not a calendar date",
                "yesterday, not a date", "'June 5, 2020', not a date"})
    void publishedThatIsNotADate(String published, String problem) throws IOException {
        String msg = assertBad(write("date.txt", "---\ntitle: T\n\npublished: " + published + "\n---\nBody.\n"),
                "[line 4]", problem);
        assertTrue(msg.contains(published), msg);
    }

    @Test
    void fileOverTheConfiguredLimit() throws IOException {
        Path f = write("big.txt", "x".repeat(101));
        assertBad(f, ArticleReader.withMaxBytes(100), "101 bytes", "100-byte limit");
        assertEquals("x".repeat(100), ArticleReader.withMaxBytes(100).read(write("fits.txt", "x".repeat(100))).get(0).text());
    }

    @Test
    void fiftyMegabyteFileIsRefusedUnread() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
            raf.seek(0);
            raf.write("---\ntitle: huge\n---\n".getBytes(StandardCharsets.UTF_8));
        }
        try {
            assertTrue(Files.size(f) > ArticleReader.DEFAULT_MAX_BYTES);
            // refused from its size alone: reading 50 MB and scanning it would take far longer
            assertTimeout(Duration.ofSeconds(2), () -> assertBad(f, ArticleReader.create(), "over the", "limit"));
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nowhere.txt");
        assertBad(missing, "no such file");
        ArticleSources.Expanded expanded = ArticleSources.expand(List.of(missing, SEED));
        assertEquals(List.of(missing + ": no such file or folder"), expanded.problems());
        assertEquals(5, expanded.files().size());
    }

    @Test
    void folderGivenAsAFile() {
        assertBad(dir, "folder");
    }

    @Test
    void jsonLineThatIsNotJson() throws IOException {
        // a line cut off after a key: Jena's JSON parser throws a NullPointerException here, which must not escape
        assertBad(write("broken.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \n"),
                "[line 2]", "not a JSON object");
        assertBad(write("unclosed.jsonl", "{\"id\": \"a\", \"text\": \"ok\n"), "[line 1]", "not a JSON object");
        assertBad(write("array.jsonl", "[1, 2, 3]\n"), "[line 1]", "not a JSON object");
        assertBad(write("words.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n\njust some words\n"), "[line 3]", "not a JSON object");
    }

    @Test
    void jsonRecordWithoutIdOrText() throws IOException {
        assertBad(write("noid.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"text\": \"no id\"}\n"), "[line 2]", "no 'id'");
        assertBad(write("notext.jsonl", "{\"id\": \"a\"}\n"), "[line 1]", "no 'text'");
        assertBad(write("blanktext.jsonl", "{\"id\": \"a\", \"text\": \"  \"}\n"), "[line 1]", "no 'text'");
    }

    @Test
    void jsonRecordWithBadDateNamesItsLine() throws IOException {
        assertBad(write("date.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"published\": \"soon\", \"text\": \"x\"}\n"),
                "[line 2]", "not a date");
    }

    @Test
    void duplicateIdsInOneFile() throws IOException {
        assertBad(write("dup.jsonl", "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \"two\"}\n"
                + "{\"id\": \"a\", \"text\": \"three\"}\n"), "[line 3]", "duplicate id 'a'");
    }

    @Test
    void jsonLinesFileWithOnlyBlankLines() throws IOException {
        assertBad(write("blank.jsonl", "\n\n  \n"), "empty file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String assertBad(Path file, String... fragments) {
        return assertBad(file, ArticleReader.create(), fragments);
    }

    /** The reader refuses the file with one line that starts with the file's name and holds every fragment. */
    private static String assertBad(Path file, ArticleReader reader, String... fragments) {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(file));
        String msg = e.getMessage();
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "not one line: " + msg);
        assertTrue(msg.startsWith(file.toString()), () -> "does not name the file first: " + msg);
        assertTrue(e.source().startsWith(file.toString()), e::source);
        for (String fragment : fragments) {
            assertTrue(msg.contains(fragment), () -> "'" + fragment + "' missing from: " + msg);
        }
        return msg;
    }
}
