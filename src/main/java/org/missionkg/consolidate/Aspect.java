package org.missionkg.consolidate;

import org.apache.jena.rdf.model.Property;
import org.missionkg.vocab.MKG;

/**
 * A dated part of a fact that sources can state, derive or disagree about, with the three
 * properties that carry it (the EDTF value and its earliest / latest day).
 */
enum Aspect {
    START("start", MKG.start, MKG.startEarliest, MKG.startLatest),
    END("end", MKG.end, MKG.endEarliest, MKG.endLatest),
    DATE("date", MKG.date, MKG.dateEarliest, MKG.dateLatest),
    UNTIL("until", MKG.until, MKG.untilEarliest, MKG.untilLatest);

    private final String code;
    private final Property value;
    private final Property earliest;
    private final Property latest;

    Aspect(String code, Property value, Property earliest, Property latest) {
        this.code = code;
        this.value = value;
        this.earliest = earliest;
        this.latest = latest;
    }

    /** The word written as {@code mkg:aspect}: start, end, date, until. */
    String code() {
        return code;
    }

    /** The aspect written as {@code code} ({@link #code}). */
    static Aspect ofCode(String code) {
        for (Aspect a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no such aspect: " + code);
    }

    Property value() {
        return value;
    }

    Property earliest() {
        return earliest;
    }

    Property latest() {
        return latest;
    }
}
