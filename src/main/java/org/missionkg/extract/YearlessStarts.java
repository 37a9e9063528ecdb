package org.missionkg.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;

/**
 * A start told without its year is read in the publication's year or the one before, but a tenure whose end the
 * article dates earlier began the year before that: "Captain X took charge on Jan. 17, succeeding Captain Y, who had
 * commanded since July", in a story of the following July, makes Y's July the one before January. Where a tenure's
 * month or day start, whose year its sentence does not print, falls after its end, the start moves back one year,
 * and only when that puts it before the end.
 */
final class YearlessStarts {
    private YearlessStarts() {
    }

    static List<Fact> ordered(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f instanceof CommandTenure t ? ordered(t) : f);
        }
        return out;
    }

    private static Fact ordered(CommandTenure t) {
        FuzzyDate start = t.start();
        FuzzyDate end = t.end();
        if (start == null || end == null || start.isInterval() || end.latest() == null || start.earliest() == null
                || !start.earliest().isAfter(end.latest())
                || start.precision() != FuzzyDate.Precision.MONTH && start.precision() != FuzzyDate.Precision.DAY
                || t.provenance().evidence().sentence().contains(String.valueOf(start.earliest().getYear()))) {
            return t;
        }
        FuzzyDate earlier = start.precision() == FuzzyDate.Precision.DAY
                ? FuzzyDate.ofDay(start.earliest().minusYears(1))
                : FuzzyDate.ofMonth(YearMonth.from(start.earliest()).minusYears(1));
        if (earlier.earliest().isAfter(end.latest())) {
            return t;
        }
        return new CommandTenure(t.commander(), t.mission(), t.rank(), earlier, end, t.provenance());
    }
}
