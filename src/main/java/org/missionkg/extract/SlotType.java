package org.missionkg.extract;

/** The kinds of slot; {@link #code} is the letter rules use: {@code {P:new}} binds a person. */
enum SlotType {
    PERSON('P'), MISSION('M'), COUNTRY('C'), DEMONYM('D'), ORGANIZATION('O'), PLACE('L'), ROLE('R'),
    DATE('T'), NUMBER('N');

    final char code;

    SlotType(char code) {
        this.code = code;
    }
}
