package org.missionkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admits at most {@code maxConcurrent} requests to the dataset at once; a request that finds no
 * free place within {@code queueMillis} gets 503 with a one-line reason and {@code Retry-After},
 * so a few runaway queries cannot starve everyone else of threads, memory and cores. Each
 * response is also cut after {@code maxResponseBytes}, ending with the same two {@code ##} lines
 * Fuseki writes when the timeout cuts a stream that has started ("Incomplete results"): a
 * client tells a cut response by that last line (JSON and XML results are then not well-formed).
 */
final class QueryGate implements Filter {
    private final Semaphore places;
    private final int maxConcurrent;
    private final long queueMillis;
    private final long maxResponseBytes;

    QueryGate(int maxConcurrent, long queueMillis, long maxResponseBytes) {
        this.places = new Semaphore(maxConcurrent, true);
        this.maxConcurrent = maxConcurrent;
        this.queueMillis = queueMillis;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Retry-After", "2");
            http.setContentType("text/plain;charset=utf-8");
            http.getOutputStream().write(("Server busy: " + maxConcurrent + " queries are running, the most it runs at "
                    + "once; try again in a few seconds\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, new Capped((HttpServletResponse) response, maxResponseBytes));
        } finally {
            places.release();
        }
    }

    /** A response whose body stops with an IOException past the byte limit. */
    private static final class Capped extends HttpServletResponseWrapper {
        private final long max;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capped(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream inner = super.getOutputStream();
                stream = new ServletOutputStream() {
                    private long written;
                    private boolean cut;

                    /** Past the limit: the marker Fuseki itself ends a timed-out stream with, then no more. */
                    private void cut() throws IOException {
                        if (!cut) {
                            cut = true;
                            inner.write(("\n##  Response cut at the server's limit of " + max + " bytes  ##\n"
                                    + "##  ****          Incomplete results           ****   ##\n").getBytes(StandardCharsets.UTF_8));
                            inner.flush();
                        }
                        throw new IOException("response cut after " + max + " bytes (the server's result size limit)");
                    }

                    @Override
                    public void write(int b) throws IOException {
                        if (cut || written + 1 > max) {
                            cut();
                        }
                        written++;
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (cut || written + len > max) {
                            int room = (int) Math.max(0, max - written);
                            inner.write(b, off, Math.min(room, len));
                            written += Math.min(room, len);
                            cut();
                        }
                        written += len;
                        inner.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        inner.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        inner.close();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
                        getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
            }
            return writer;
        }
    }
}
