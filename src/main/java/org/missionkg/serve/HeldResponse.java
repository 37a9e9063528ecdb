package org.missionkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.missionkg.store.HeldOutput;

/**
 * A response whose status and body reach the client only when the request is over ({@link #finish}), so that an
 * answer cut short is never sent as a success. Fuseki sends 200 and starts writing a SELECT's rows as soon as the
 * first row is found; when the query's timeout fires later, it can no longer change the status and ends the body
 * with two {@code ##} lines instead (Jena 5.6.0, {@code Responses.output}; the same in Jena's issue 3535), which a
 * JSON or XML parser may or may not notice and a CSV reader takes for a row. Held here, such an answer becomes
 * {@value #TIMED_OUT_STATUS} "Query timed out" with nothing of its rows; one past the size limit becomes
 * {@value #TOO_LARGE_STATUS} with a one-line reason; any other failure after the rows began (Jena's issue 3516 at
 * the timeout, a writer's error) its own error status, again without the rows.
 *
 * <p>Up to {@value #MEMORY_BYTES} bytes of an answer are kept in memory, the rest in a temporary file
 * ({@link HeldOutput}); the cost is that the client gets the first byte when the last is written.
 */
final class HeldResponse extends HttpServletResponseWrapper implements AutoCloseable {
    static final int TIMED_OUT_STATUS = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    static final int TOO_LARGE_STATUS = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    static final int MEMORY_BYTES = 4 << 20;
    /** What Fuseki writes when the timeout cuts an answer it has started (Jena 5.6.0). */
    static final String FUSEKI_CUT_MARKER = "Query cancelled due to timeout";

    private final HttpServletResponse real;
    private final HeldOutput body;
    private int status = SC_OK;
    /** The status when the first byte of the body was written: a later change means the answer failed half-way. */
    private int statusAtFirstByte = -1;
    private String errorMessage;
    private ServletOutputStream stream;
    private PrintWriter writer;

    private final boolean head;

    /** @param head true for a HEAD request: its length is not that of the (empty) body held */
    HeldResponse(HttpServletResponse real, long maxBytes, boolean head) {
        super(real);
        this.real = real;
        this.head = head;
        this.body = new HeldOutput(MEMORY_BYTES, maxBytes);
    }

    /** Sends what was held, or the error that replaces an answer cut short; call once, after the request ran. */
    void finish() throws IOException {
        if (writer != null) {
            try {
                writer.flush();
            } catch (RuntimeException e) {
                // a writer past the limit: told below
            }
        }
        if (body.tooLarge()) {
            fail(TOO_LARGE_STATUS, "Result too large: the answer passed the server's limit of " + megabytes(body.maxBytes())
                    + " (serve --max-result-mb), so none of it is sent. Ask for fewer rows (LIMIT and OFFSET, or one mission's rows).");
            return;
        }
        boolean startedAsSuccess = statusAtFirstByte >= 200 && statusAtFirstByte < 300;
        if (startedAsSuccess && body.tail(400).contains(FUSEKI_CUT_MARKER)) {
            fail(TIMED_OUT_STATUS, "Query timed out: the server's timeout stopped it after its first rows were found, "
                    + "so none of them is sent. Ask for fewer rows (LIMIT, or one mission's rows), or a server with a longer --timeout.");
            return;
        }
        if (startedAsSuccess && (status < 200 || status >= 300)) {
            fail(status, "Query failed while its answer was being written (HTTP " + status
                    + (errorMessage == null ? "" : ": " + errorMessage) + "), so none of it is sent.");
            return;
        }
        real.setStatus(status);
        if (errorMessage != null && body.size() == 0) {
            message(errorMessage);
            return;
        }
        if (!head) {
            real.setContentLengthLong(body.size());
        }
        ServletOutputStream out = real.getOutputStream();
        body.sendTo(out);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private void fail(int code, String text) throws IOException {
        real.resetBuffer();
        real.setStatus(code);
        real.setHeader("Cache-Control", "no-cache");
        real.setContentType("text/plain;charset=utf-8");
        message(text);
    }

    private void message(String text) throws IOException {
        byte[] bytes = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        real.setContentLength(bytes.length);
        real.getOutputStream().write(bytes);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        errorMessage = msg;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void sendRedirect(String location) {
        status = SC_FOUND;
        real.setHeader("Location", location);
    }

    /** Nothing is committed before {@link #finish}: a handler may still change the status. */
    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        // held until finish()
    }

    @Override
    public void resetBuffer() {
        try {
            body.clear();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        statusAtFirstByte = -1;
    }

    @Override
    public void reset() {
        resetBuffer();
        real.reset();
        status = SC_OK;
        errorMessage = null;
    }

    // the length is that of the held body, set by finish()
    @Override
    public void setContentLength(int len) {
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (statusAtFirstByte < 0 && len > 0) {
                        statusAtFirstByte = status;
                    }
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the answer is held until complete: no asynchronous writes");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
        }
        return writer;
    }
}
