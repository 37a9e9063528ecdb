package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.missionkg.model.FuzzyDate;

/**
 * Merges tenure claims (commands and lead nations) into {@link MergedFact}s and orders each
 * mission's commanders, and separately its lead nations, in time to fill missing bounds.
 *
 * <p>Merge rule: claims of one kind about the same commander (or country) and the same mission
 * are one tenure when their time spans overlap, an absent bound counting as open; overlap is
 * transitive. A claim with no date at all joins the only tenure of its commander and mission,
 * or else the one tenure that may include the day it was stated; failing both, the undated
 * claims form a tenure of their own.
 *
 * <p>Derivation rules, applied once, from stated values only:
 * <ul>
 *   <li>{@value #END_FROM_SUCCESSOR}: a tenure without an end ends when the next one in time
 *       starts;</li>
 *   <li>{@value #START_FROM_PREDECESSOR}: a tenure without a start starts when the previous one
 *       ends;</li>
 *   <li>{@value #END_FROM_LEAD_NATION}: a person's tenure that has a start, no end and no
 *       successor ends when the leadership of their country ends, if that leadership was under
 *       way when the command began. The country comes from the article facts (role holdings,
 *       or {@code mkg:country} on a command claim); where they say nothing, from the only lead
 *       nation at the start of the command, and the derived value says so in a note.</li>
 * </ul>
 */
final class Timelines {
    static final String END_FROM_SUCCESSOR = "end-from-successor-start";
    static final String START_FROM_PREDECESSOR = "start-from-predecessor-end";
    static final String END_FROM_LEAD_NATION = "end-from-lead-nation-handover";

    private Timelines() {
    }

    /** Tenures from the command and lead claims (other claims are ignored), with derived bounds. */
    static List<MergedFact> build(List<Claim> claims, Map<String, Set<String>> nationalities) {
        Map<String, List<Claim>> bySubject = new TreeMap<>();
        for (Claim c : claims) {
            if (c.kind() != Claim.Kind.EVENT) {
                bySubject.computeIfAbsent(c.kind() + " " + c.mission() + " " + c.subject(), k -> new ArrayList<>()).add(c);
            }
        }
        List<MergedFact> all = new ArrayList<>();
        bySubject.values().forEach(group -> merge(group).forEach(g -> all.add(new MergedFact(g))));

        Map<String, List<MergedFact>> people = ordered(all, Claim.Kind.COMMAND);
        Map<String, List<MergedFact>> leads = ordered(all, Claim.Kind.LEAD);
        people.values().forEach(Timelines::fillFromNeighbours);
        leads.values().forEach(Timelines::fillFromNeighbours);
        people.forEach((mission, line) -> {
            if (!line.isEmpty()) {
                endWithLeadNation(line.get(line.size() - 1), leads.getOrDefault(mission, List.of()), nationalities);
            }
        });
        all.sort(Comparator.comparing(MergedFact::iri));
        return all;
    }

    /** Splits the claims about one subject and mission into tenures (see the merge rule). */
    static List<List<Claim>> merge(List<Claim> claims) {
        List<List<Claim>> groups = Clusters.overlapping(claims.stream().filter(c -> !c.undated()).toList());
        List<Claim> undated = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.undated()) {
                continue;
            }
            List<List<Claim>> home = groups.size() == 1 ? groups : groups.stream()
                    .filter(g -> c.asOf() != null && c.asOf().earliest() != null
                            && new MergedFact(g).mayInclude(c.asOf().earliest()))
                    .toList();
            if (home.size() == 1) {
                home.get(0).add(c);
            } else {
                undated.add(c);
            }
        }
        if (!undated.isEmpty()) {
            groups.add(undated);
        }
        return groups;
    }

    /** Per mission, the tenures of one kind that have a stated bound, in time order. */
    private static Map<String, List<MergedFact>> ordered(List<MergedFact> all, Claim.Kind kind) {
        Map<String, List<MergedFact>> out = new TreeMap<>();
        all.stream().filter(f -> f.kind() == kind && anchor(f) != null)
                .sorted(Comparator.comparing(Timelines::anchor)
                        .thenComparing(f -> lastDay(f.value(Aspect.END)), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MergedFact::subject)
                        .thenComparing(MergedFact::iri))
                .forEach(f -> out.computeIfAbsent(f.mission(), k -> new ArrayList<>()).add(f));
        return out;
    }

    /** Where a tenure sits in time: its first possible day, or for one known only by its end, the day before that end. */
    private static LocalDate anchor(MergedFact f) {
        LocalDate start = firstDay(f.value(Aspect.START));
        if (start != null) {
            return start;
        }
        LocalDate end = firstDay(f.value(Aspect.END));
        return end == null ? null : end.minusDays(1);
    }

    private static void fillFromNeighbours(List<MergedFact> line) {
        for (int i = 0; i < line.size(); i++) {
            MergedFact cur = line.get(i);
            MergedFact prev = i > 0 ? line.get(i - 1) : null;
            MergedFact next = i + 1 < line.size() ? line.get(i + 1) : null;
            cur.predecessor(prev);
            Chosen nextStart = next == null ? null : next.stated(Aspect.START);
            if (cur.value(Aspect.END) == null && nextStart != null
                    && !certainlyBefore(nextStart.value(), cur.value(Aspect.START))) {
                cur.derive(new Derived(Aspect.END, nextStart.value(), END_FROM_SUCCESSOR, nextStart.claims(), null));
            }
            Chosen prevEnd = prev == null ? null : prev.stated(Aspect.END);
            if (cur.stated(Aspect.START) == null && prevEnd != null
                    && !certainlyBefore(cur.value(Aspect.END), prevEnd.value())) {
                cur.derive(new Derived(Aspect.START, prevEnd.value(), START_FROM_PREDECESSOR, prevEnd.claims(), null));
            }
        }
    }

    private static void endWithLeadNation(MergedFact last, List<MergedFact> leads, Map<String, Set<String>> nationalities) {
        FuzzyDate start = last.value(Aspect.START);
        if (start == null || last.value(Aspect.END) != null) {
            return;
        }
        List<MergedFact> leading = leads.stream()
                .filter(l -> !certainlyBefore(start, l.value(Aspect.START)) && !certainlyBefore(l.value(Aspect.END), start))
                .toList();
        Set<String> countries = nationalities.getOrDefault(last.subject(), Set.of());
        boolean assumed = countries.isEmpty();
        List<MergedFact> theirs = assumed ? leading
                : leading.stream().filter(l -> countries.contains(l.subject())).toList();
        if (theirs.size() != 1 || theirs.get(0).value(Aspect.END) == null) {
            return;
        }
        MergedFact lead = theirs.get(0);
        Chosen statedEnd = lead.stated(Aspect.END);
        List<String> from = statedEnd != null ? statedEnd.claims() : lead.derived(Aspect.END).from();
        if (assumed) {
            from = Stream.concat(from.stream(), lead.claims().stream().map(Claim::iri)).toList();
        }
        String note = assumed ? "The articles do not say which country the commander serves; taken to be <"
                + lead.subject() + ">, the only lead nation when the command began." : null;
        last.derive(new Derived(Aspect.END, lead.value(Aspect.END), END_FROM_LEAD_NATION, from, note));
    }

    private static boolean certainlyBefore(FuzzyDate a, FuzzyDate b) {
        return a != null && b != null && a.certainlyBefore(b);
    }

    private static LocalDate firstDay(FuzzyDate d) {
        return d == null ? null : d.earliest() != null ? d.earliest() : d.latest();
    }

    private static LocalDate lastDay(FuzzyDate d) {
        return d == null ? null : d.latest() != null ? d.latest() : d.earliest();
    }
}
