package org.missionkg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.missionkg.model.BadInputException;

/**
 * Bytes read as article text: strictly UTF-8 (the JDK's lenient decoding would put replacement characters into
 * evidence spans without a word), and no NUL byte, which no text holds and every binary file does. One check for a
 * whole file ({@link ArticleReader}) and for each record of a JSON Lines dump.
 */
final class StrictText {
    private StrictText() {
    }

    /**
     * The text of {@code bytes} from {@code from} on; {@code problem} turns what is wrong with them into the error to
     * throw (naming the file, and the line where there is one), {@code notWhat} saying what binary data is not.
     */
    static String decode(byte[] bytes, int from, String notWhat, Function<String, BadInputException> problem) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problem.apply("looks like binary data (contains NUL bytes), not " + notWhat);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw problem.apply("is not valid UTF-8 text (" + e.getMessage() + ")");
        }
    }
}
