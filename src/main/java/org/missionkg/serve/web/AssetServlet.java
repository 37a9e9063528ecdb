package org.missionkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** Serves the pages' scripts and styles from the classpath folder {@code /web/} (YASGUI's among them). */
final class AssetServlet extends HttpServlet {
    private static final Pattern SAFE = Pattern.compile("(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.[a-z]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("/web/" + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", "max-age=300");
            in.transferTo(resp.getOutputStream());
        }
    }
}
