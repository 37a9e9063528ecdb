package org.missionkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The pages for people, unpacked from the classpath into a temporary folder: Fuseki serves
 * static files only from a folder, and its own 404 servlet already holds "/".
 */
final class WebPages {
    private static final String[] PAGES = {"index.html"};

    private WebPages() {
    }

    static Path unpack() {
        try {
            Path dir = Files.createTempDirectory("missionkg-web-");
            dir.toFile().deleteOnExit();
            for (String page : PAGES) {
                try (InputStream in = WebPages.class.getResourceAsStream("/web/" + page)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource /web/" + page);
                    }
                    Path target = dir.resolve(page);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the web pages", e);
        }
    }
}
