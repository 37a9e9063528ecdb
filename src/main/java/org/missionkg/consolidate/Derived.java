package org.missionkg.consolidate;

import java.util.List;
import java.util.Objects;
import org.missionkg.model.FuzzyDate;

/**
 * A value no claim states but other claims imply, with the rule that implied it and the claims
 * it rests on.
 *
 * @param aspect the aspect it fills (start or end)
 * @param value  the value
 * @param rule   the rule's name, written as {@code mkg:derivedBy}: {@value Timelines#END_FROM_SUCCESSOR},
 *               {@value Timelines#START_FROM_PREDECESSOR} or {@value Timelines#END_FROM_LEAD_NATION}
 * @param from   the claims used, sorted
 * @param note   a sentence on an assumption the rule made, or null
 */
record Derived(Aspect aspect, FuzzyDate value, String rule, List<String> from, String note) {
    Derived {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        from = from.stream().distinct().sorted().toList();
    }
}
