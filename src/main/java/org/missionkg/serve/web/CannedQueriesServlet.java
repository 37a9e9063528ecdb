package org.missionkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;

/**
 * The canned queries of {@code data/queries/} as JSON, for the editor's examples:
 * {@code [{"name", "description", "columns": [...], "params": [{"name", "description"}], "mission", "text"}]};
 * {@code mission} is true when the query has a mission column its rows can be filtered on.
 */
final class CannedQueriesServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray all = new JsonArray();
        for (CannedQuery q : CannedQueries.list()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("description", q.description());
            JsonArray columns = new JsonArray();
            q.columns().forEach(columns::add);
            o.put("columns", columns);
            JsonArray params = new JsonArray();
            for (CannedQuery.Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("mission", q.takesMission());
            o.put("text", q.text());
            all.add(o);
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
