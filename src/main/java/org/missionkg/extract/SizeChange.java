package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import org.missionkg.model.EventType;

/**
 * Whether a force told to go "from" one figure "to" another grows or shrinks: "will go from about 200 to
 * roughly 130 personnel" is a drawdown, "will take the task force from about 300 to roughly 380" an
 * expansion. Semgrex cannot compare numbers, so a size-change rule finds the "from" figure and this
 * reads the "to" figure wherever the parser hung it, and compares the two.
 */
final class SizeChange {
    private SizeChange() {
    }

    /** Expansion or drawdown by the two figures; null when the "to" figure is not found or equals the "from". */
    static EventType direction(ParseGraph g, IndexedWord trigger, IndexedWord fromNode) {
        IndexedWord fromFigure = figureOf(g, fromNode); // the figure, or the noun it counts ("from 500 personnel")
        Long from = fromFigure == null ? null : number(g, fromFigure);
        IndexedWord toNode = toFigure(g, trigger, fromNode);
        Long to = toNode == null ? null : number(g, toNode);
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
        return to > from ? EventType.EXPANSION : EventType.DRAWDOWN;
    }

    /**
     * The "to" figure, where the parser puts it: on the verb ("rise from 200 to 280"), under the
     * "from" figure ("shrink from 41 to 30"), or on the counted noun the "from" figure leans on
     * ("grow from about 80 to around 120 personnel": the parser hangs "personnel" off 80 and 120 off it, as a
     * number or, in "to roughly 380 personnel", as a compound).
     */
    private static IndexedWord toFigure(ParseGraph g, IndexedWord trigger, IndexedWord fromNode) {
        for (IndexedWord head : new IndexedWord[] {trigger, fromNode}) {
            for (var e : g.graph.outgoingEdgeIterable(head)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:to") || rel.equals("nmod:to")) {
                    IndexedWord figure = figureOf(g, e.getDependent());
                    if (figure != null) {
                        return figure;
                    }
                }
            }
        }
        for (var e : g.graph.outgoingEdgeIterable(fromNode)) {
            String rel = e.getRelation().toString();
            if (rel.equals("dep") || rel.equals("obj")) {
                IndexedWord figure = figureOf(g, e.getDependent());
                if (figure != null && figure != fromNode) {
                    return figure;
                }
            }
        }
        return null;
    }

    /** The word itself when it is a figure, else the figure counting it ("130 personnel"). */
    private static IndexedWord figureOf(ParseGraph g, IndexedWord w) {
        if (number(g, w) != null) {
            return w;
        }
        for (var e : g.graph.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nummod") || rel.equals("compound")) && number(g, e.getDependent()) != null) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static Long number(ParseGraph g, IndexedWord w) {
        Slot s = g.slot(w, SlotType.NUMBER);
        return s == null ? null : s.number();
    }
}
