package org.missionkg.extract;

/** The kinds of slot; {@link #code} is the letter rules use: {@code {P:new}} binds a person. */
enum SlotType {
    PERSON('P'), MISSION('M'), COUNTRY('C'), DEMONYM('D'), ORGANIZATION('O'), PLACE('L'), ROLE('R'),
    /** A role that is command of a mission: "commander", "head of the mission". */
    COMMAND_ROLE('K'),
    DATE('T'), NUMBER('N');

    final char code;

    SlotType(char code) {
        this.code = code;
    }
}
