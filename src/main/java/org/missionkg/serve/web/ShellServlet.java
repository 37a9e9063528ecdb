package org.missionkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves one page's HTML shell for every path under its prefix: the page's script reads the id
 * from the address and asks the SPARQL endpoint for the rest.
 */
final class ShellServlet extends HttpServlet {
    private final byte[] page;

    ShellServlet(String resource) {
        try (InputStream in = ShellServlet.class.getResourceAsStream("/web/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /web/" + resource);
            }
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /web/" + resource, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(page);
    }
}
