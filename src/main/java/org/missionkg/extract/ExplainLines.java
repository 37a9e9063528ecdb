package org.missionkg.extract;

import java.util.List;
import org.missionkg.model.AnnotatedSentence;

/**
 * The lines {@code extract --explain} prints for a sentence before its rules run: the text as the
 * rules see it (slots as markers such as ⟦P3⟧), what each marker stands for, and the parse when
 * there is one, so that a person writing a rule sees what it has to match.
 */
final class ExplainLines {
    private ExplainLines() {
    }

    /** Adds the sentence's lines to {@code explain}. */
    static void addSentence(List<String> explain, AnnotatedSentence s, SentenceView view, List<Slot> found) {
        explain.add("S" + s.index() + ": " + view.text());
        StringBuilder legend = new StringBuilder("    slots:");
        for (Slot f : found) {
            legend.append(' ').append(f.type().code).append(f.id()).append("=«").append(f.text()).append('»');
            if (f.entity() != null) {
                legend.append("→").append(f.entity().key());
            }
            if (f.date() != null) {
                // the date as read, and what it does in its clause (at, since, until …)
                legend.append("→").append(f.date().edtf());
                if (f.dateRole() != null) {
                    legend.append(' ').append(f.dateRole().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        explain.add(legend.toString());
        if (s.parsed()) {
            explain.add("    parse: " + parse(s));
        }
    }

    /** A parse as one line of relation(governor, dependent) for people reading --explain. */
    private static String parse(AnnotatedSentence s) {
        StringBuilder sb = new StringBuilder();
        for (org.missionkg.model.Dependency d : s.dependencies()) {
            String gov = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word();
            sb.append(d.relation()).append('(').append(gov).append(", ").append(s.tokens().get(d.dependent()).word())
                    .append(") ");
        }
        return sb.toString().strip();
    }
}
