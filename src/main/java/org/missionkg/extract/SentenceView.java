package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.missionkg.model.AnnotatedSentence;

/**
 * A sentence as rules see it: its text with every slot replaced by a marker such as
 * {@code ⟦P2⟧}, and the way back from a position in that view to an offset in the article.
 *
 * <pre>
 *   "the current head of ⟦M0⟧, ⟦P1⟧, would transfer command to ⟦P2⟧ in ⟦T3⟧."
 * </pre>
 */
final class SentenceView {
    private final AnnotatedSentence sentence;
    private final List<Slot> slots;
    private final String view;
    private final int[] startOffset;
    private final int[] endOffset;
    private final int[] slotAt;

    SentenceView(String clean, AnnotatedSentence sentence, List<Slot> slots) {
        this.sentence = sentence;
        this.slots = List.copyOf(slots);
        StringBuilder sb = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int pos = sentence.begin();
        for (Slot s : slots) {
            for (; pos < s.begin(); pos++) {
                sb.append(clean.charAt(pos));
                starts.add(pos);
                ends.add(pos + 1);
                at.add(-1);
            }
            String marker = "⟦" + s.type().code + s.id() + "⟧";
            for (int i = 0; i < marker.length(); i++) {
                sb.append(marker.charAt(i));
                starts.add(s.begin());
                ends.add(s.end());
                at.add(s.id());
            }
            pos = Math.max(pos, s.end());
        }
        for (; pos < sentence.end(); pos++) {
            sb.append(clean.charAt(pos));
            starts.add(pos);
            ends.add(pos + 1);
            at.add(-1);
        }
        this.view = sb.toString();
        this.startOffset = starts.stream().mapToInt(Integer::intValue).toArray();
        this.endOffset = ends.stream().mapToInt(Integer::intValue).toArray();
        this.slotAt = at.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return view;
    }

    AnnotatedSentence sentence() {
        return sentence;
    }

    List<Slot> slots() {
        return slots;
    }

    Slot slot(int id) {
        return slots.get(id);
    }

    /** The article offset where the view position {@code viewPos} starts. */
    int articleStart(int viewPos) {
        return startOffset.length == 0 ? sentence.begin() : startOffset[Math.min(viewPos, startOffset.length - 1)];
    }

    /** The article offset where the view span ending (exclusive) at {@code viewEnd} ends. */
    int articleEnd(int viewEnd) {
        return viewEnd == 0 ? sentence.begin() : endOffset[Math.min(viewEnd, endOffset.length) - 1];
    }

    /** The position of a slot's marker in the view. */
    int viewPosition(Slot s) {
        for (int i = 0; i < slotAt.length; i++) {
            if (slotAt[i] == s.id()) {
                return i;
            }
        }
        return -1;
    }

    /** Slots of the given types whose markers lie in [from, to) of the view. */
    List<Slot> slotsIn(int from, int to, SlotType... types) {
        List<Slot> out = new ArrayList<>();
        int last = -1;
        for (int i = Math.max(0, from); i < Math.min(to, slotAt.length); i++) {
            int id = slotAt[i];
            if (id >= 0 && id != last) {
                last = id;
                Slot s = slots.get(id);
                for (SlotType t : types) {
                    if (s.type() == t) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
