package de.ladewerk.ocpp.frame;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The message type and id at the start of a frame whose whole text could not be read (too deep, a
 * number too long, broken JSON further on): {@code [2, "id", ...}. Only the first three tokens are
 * read, so the limits that refused the frame are never reached here, and the CALLERROR can carry the
 * station's id.
 */
record FrameHeader(int type, String messageId) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The header, or {@code null} when the text does not begin {@code [<small int>, "<id>"}. */
    static FrameHeader read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() != JsonParser.NumberType.INT) {
                return null;
            }
            int type = p.getIntValue();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String id = p.getText();
            return id.isEmpty() || id.length() > FrameCodec.MAX_MESSAGE_ID_LENGTH ? null : new FrameHeader(type, id);
        } catch (JacksonException e) {
            return null;
        } catch (IOException e) {
            return null; // a String source does no I/O
        }
    }
}
