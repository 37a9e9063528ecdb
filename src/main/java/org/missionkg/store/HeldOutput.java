package org.missionkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An answer held back until it is complete: bytes are kept in memory up to {@code memoryBytes}, then in a
 * temporary file, and go to their reader only through {@link #sendTo} once the writer has finished. A query cut
 * by its timeout half-way through its rows then leaves nothing sent, so its reader can be told plainly that it
 * failed (an HTTP error status, a command's error line) instead of getting a partial answer that reads as whole.
 * Past {@code maxBytes} a write throws {@link TooLarge} and the held bytes are of no use.
 *
 * <pre>
 *   try (HeldOutput held = new HeldOutput(4 << 20, 256L << 20)) {
 *       writeAnswer(held);          // may throw: nothing has gone out
 *       held.sendTo(out);
 *   }
 * </pre>
 */
public final class HeldOutput extends OutputStream {
    /** Thrown by a write that would take the held answer past its limit. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the answer is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private final int memoryBytes;
    private final long maxBytes;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean tooLarge;

    /**
     * @param memoryBytes how much is kept in memory before the rest goes to a temporary file
     * @param maxBytes    the most the answer may hold; a write past it throws {@link TooLarge}
     */
    public HeldOutput(int memoryBytes, long maxBytes) {
        this.memoryBytes = Math.max(0, memoryBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (tooLarge || size + len > maxBytes) {
            tooLarge = true;
            throw new TooLarge(maxBytes);
        }
        if (fileOut == null && memory.size() + len > memoryBytes) {
            file = Files.createTempFile("missionkg-answer", ".part");
            fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
        size += len;
    }

    /** The most the answer may hold. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Bytes held so far. */
    public long size() {
        return size;
    }

    /** True once a write went past the limit. */
    public boolean tooLarge() {
        return tooLarge;
    }

    /** Forgets everything held (a writer that starts its answer again). */
    public void clear() throws IOException {
        dropFile();
        memory = new ByteArrayOutputStream();
        size = 0;
        tooLarge = false;
    }

    /** The last {@code n} bytes held (fewer when fewer are held), as UTF-8 text: what an answer ends with. */
    public String tail(int n) throws IOException {
        int take = (int) Math.min(n, size);
        byte[] out;
        if (fileOut == null) {
            byte[] all = memory.toByteArray();
            out = java.util.Arrays.copyOfRange(all, all.length - take, all.length);
        } else {
            fileOut.flush();
            try (var ch = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(take);
                ch.read(buf, size - take);
                out = buf.array();
            }
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Writes everything held to {@code out}, in order. */
    public void sendTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
        } else {
            fileOut.flush();
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }
        out.flush();
    }

    /** Removes the temporary file, if the answer needed one. */
    @Override
    public void close() throws IOException {
        dropFile();
    }

    private void dropFile() throws IOException {
        if (fileOut != null) {
            try {
                fileOut.close();
            } finally {
                Files.deleteIfExists(file);
                fileOut = null;
                file = null;
            }
        }
    }
}
