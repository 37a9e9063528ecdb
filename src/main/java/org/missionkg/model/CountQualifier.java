package org.missionkg.model;

import java.util.Locale;

/** How a stated count relates to the true number: "up to 250", "about 200", "more than 500". */
public enum CountQualifier {
    EXACT, UP_TO, ABOUT, MORE_THAN, FEWER_THAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The qualifier as a reader writes it before the number ("" for exact). */
    public String phrase() {
        return switch (this) {
            case EXACT -> "";
            case UP_TO -> "up to";
            case ABOUT -> "about";
            case MORE_THAN -> "more than";
            case FEWER_THAN -> "fewer than";
        };
    }

    public static CountQualifier ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
