package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the server and the query commands hold before they send an answer: in memory, then in a file, then refused. */
class HeldOutputTest {
    private static byte[] text(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    @Test
    void aSmallAnswerStaysInMemoryAndComesBackWhole() throws Exception {
        try (HeldOutput held = new HeldOutput(1024, 10_000)) {
            held.write(text(100));
            held.write('!');
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            held.sendTo(out);
            assertEquals(101, held.size());
            assertEquals(new String(text(100), StandardCharsets.UTF_8) + "!", out.toString(StandardCharsets.UTF_8));
            assertEquals("xyzabcdefghijklmnopqrstuv!", held.tail(26));
        }
    }

    @Test
    void aLargerAnswerGoesToAFileInOrderAndTheFileIsRemoved() throws Exception {
        byte[] all = text(50_000);
        HeldOutput held = new HeldOutput(1024, 100_000);
        for (int off = 0; off < all.length; off += 700) {
            held.write(all, off, Math.min(700, all.length - off));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        held.sendTo(out);
        assertArrayEquals(all, out.toByteArray());
        assertEquals(new String(all, 49_990, 10, StandardCharsets.UTF_8), held.tail(10));
        long files = tempFiles();
        held.close();
        assertTrue(tempFiles() < files, "the temporary file is removed on close");
    }

    @Test
    void pastTheLimitEveryWriteFailsAndClearStartsAgain() throws Exception {
        try (HeldOutput held = new HeldOutput(16, 1_000)) {
            held.write(text(900));
            HeldOutput.TooLarge e = assertThrows(HeldOutput.TooLarge.class, () -> held.write(text(200)));
            assertEquals(1_000, e.limit());
            assertTrue(held.tooLarge());
            assertThrows(HeldOutput.TooLarge.class, () -> held.write('x'));
            held.clear();
            held.write(text(5));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            held.sendTo(out);
            assertEquals("abcde", out.toString(StandardCharsets.UTF_8));
        }
    }

    private static long tempFiles() throws java.io.IOException {
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("missionkg-answer")).count();
        }
    }
}
