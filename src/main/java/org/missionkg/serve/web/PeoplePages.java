package org.missionkg.serve.web;

import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The pages for people, registered on the embedded Fuseki beside the SPARQL endpoint. Every page is
 * a small HTML shell whose script asks {@code /kg/sparql} (the endpoint users have) and shows the
 * queries it asked, so each page is also an example to copy into the editor.
 *
 * <ul>
 *   <li>{@code /} (the static {@code index.html}): the missions and the articles</li>
 *   <li>{@code /missions/<slug>}: a mission's timeline of commanders, lead nations and events</li>
 *   <li>{@code /facts/<hash>} and {@code /facts/consolidated/<kind>/<hash>}: a fact and the claims behind it</li>
 *   <li>{@code /articles/<id>}: an article with its facts' evidence highlighted</li>
 *   <li>{@code /entities/<kind>/<slug>}: a person's, country's or mission's facts</li>
 *   <li>{@code /editor}: YASGUI, with the canned queries as examples ({@code /queries})</li>
 *   <li>{@code /web/*}: the scripts and styles, all from the jar</li>
 * </ul>
 *
 * <pre>
 *   FusekiServer.create() ... ; PeoplePages.register(builder);
 * </pre>
 */
public final class PeoplePages {
    private static final Map<String, String> SHELLS = Map.of(
            "/missions/*", "mission.html",
            "/facts/*", "fact.html",
            "/articles/*", "article.html",
            "/entities/*", "entity.html",
            "/editor", "editor.html");

    private PeoplePages() {
    }

    public static FusekiServer.Builder register(FusekiServer.Builder builder) {
        SHELLS.forEach((path, page) -> builder.addServlet(path, new ShellServlet(page)));
        builder.addServlet("/web/*", new AssetServlet());
        builder.addServlet("/queries", new CannedQueriesServlet());
        return builder;
    }
}
