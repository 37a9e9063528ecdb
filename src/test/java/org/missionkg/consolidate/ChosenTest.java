package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;

/** The claims on either side of a disagreement: the two-pass answer is the every-pair one, open intervals included. */
class ChosenTest {
    private static final List<String> SHAPES = List.of("%d", "%d-%02d", "%d-%02d-15", "%d-%02d~", "%d-22", "%d-%02d/..",
            "../%d-%02d", "%d/%d");

    @Test
    void disagreeingIsEveryClaimThatSharesNoDayWithSomeOther() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Claim> claims = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                FuzzyDate start = random.nextInt(6) == 0 ? null : date(random);
                claims.add(new Claim("urn:c" + i, Claim.Kind.COMMAND, "urn:p", "urn:m", null, null,
                        start == null ? Map.of() : Map.of(Aspect.START, start), null, null));
            }
            assertEquals(everyPair(claims), Chosen.disagreeing(claims, Aspect.START), claims.toString());
        }
    }

    private static FuzzyDate date(Random random) {
        int year = 2015 + random.nextInt(4);
        int month = 1 + random.nextInt(12);
        String shape = SHAPES.get(random.nextInt(SHAPES.size()));
        String edtf = shape.equals("%d/%d") ? String.format(shape, year, year + random.nextInt(2)) : String.format(shape, year, month);
        return FuzzyDate.parse(edtf);
    }

    private static List<String> everyPair(List<Claim> claims) {
        TreeSet<String> out = new TreeSet<>();
        for (Claim a : claims) {
            for (Claim b : claims) {
                FuzzyDate x = a.date(Aspect.START);
                FuzzyDate y = b.date(Aspect.START);
                if (x != null && y != null && !x.overlaps(y)) {
                    out.add(a.iri());
                    out.add(b.iri());
                }
            }
        }
        return List.copyOf(out);
    }
}
