package org.missionkg.export;

import java.util.ArrayList;
import java.util.List;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.Stationing;
import org.missionkg.model.TroopContribution;

/**
 * Facts as flat rows in the layout of the gold files ({@code kind, subject, relation, object,
 * start, end, as_of, value, article, evidence}), for people reading extraction output and for
 * the tests that compare it with the gold.
 */
public final class FactRows {
    public static final List<String> COLUMNS =
            List.of("kind", "subject", "relation", "object", "start", "end", "as_of", "value", "article", "evidence");

    /** One row of the gold layout. */
    public record Row(String kind, String subject, String relation, String object, String start, String end,
                      String asOf, String value, String article, String evidence) {
        public String tsv() {
            List<String> cells = java.util.Arrays.asList(kind, subject, relation, object, start, end, asOf, value, article, evidence);
            List<String> clean = new ArrayList<>();
            for (String c : cells) {
                clean.add(c == null ? "" : c.replaceAll("[\\t\\r\\n]+", " "));
            }
            return String.join("\t", clean);
        }
    }

    private FactRows() {
    }

    public static Row row(Fact f) {
        String article = f.provenance().articleId();
        String evidence = f.provenance().evidence().exact();
        String asOf = str(f.provenance().asOf());
        if (f instanceof CommandTenure c) {
            return new Row("command", label(c.commander()), "commander", label(c.mission()), str(c.start()),
                    str(c.end()), asOf, c.rank(), article, evidence);
        }
        if (f instanceof Leadership l) {
            return new Row("lead", label(l.country()), "leads", label(l.mission()), str(l.start()), str(l.end()),
                    asOf, null, article, evidence);
        }
        if (f instanceof MissionEvent e) {
            return new Row("event", label(e.mission()), e.type().code(), label(e.agent()), str(e.date()),
                    str(e.until()), asOf, e.note(), article, evidence);
        }
        if (f instanceof TroopContribution t) {
            return new Row("troops", label(t.country()), t.counts(), label(t.mission()), null, null,
                    t.date() != null ? str(t.date()) : asOf, t.valueText(), article, evidence);
        }
        if (f instanceof RoleHolding r) {
            return new Row("role", label(r.person()), r.role(), label(r.organization()), null, null, asOf, null,
                    article, evidence);
        }
        Stationing s = (Stationing) f;
        return new Row("location", label(s.subject()), "stationed in", label(s.place()), null, null, asOf,
                s.country() == null ? null : label(s.country()), article, evidence);
    }

    private static String label(EntityRef e) {
        return e == null ? "" : e.label();
    }

    private static String str(FuzzyDate d) {
        return d == null ? "" : d.edtf();
    }
}
