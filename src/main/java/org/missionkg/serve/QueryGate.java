package org.missionkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admits at most {@code maxConcurrent} requests to the dataset at once; a request that finds no
 * free place within {@code queueMillis} gets 503 with a one-line reason and {@code Retry-After},
 * so a few runaway queries cannot starve everyone else of threads, memory and cores. Each
 * response is held until it is complete ({@link HeldResponse}): an answer that the timeout cuts
 * after its first rows is sent as 503 "Query timed out", one that passes {@code maxResponseBytes}
 * as 500 "Result too large", never as a 200 with part of the rows.
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
        HttpServletResponse http = (HttpServletResponse) response;
        try (HeldResponse held = new HeldResponse(http, maxResponseBytes,
                "HEAD".equalsIgnoreCase(((jakarta.servlet.http.HttpServletRequest) request).getMethod()))) {
            chain.doFilter(request, held);
            held.finish();
        } finally {
            places.release();
        }
    }
}
