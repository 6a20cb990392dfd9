package app.loadwise.traininglog.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an uploaded file as the client meant it. Browsers and curl send a UTF-8 name as raw bytes in
 * {@code filename="…"} (RFC 7578, section 4.2), which the multipart reader decodes as ISO-8859-1; other clients send
 * {@code filename*=UTF-8''%F0%9F%98%80.csv} (RFC 5987 / RFC 6266), which takes precedence.
 */
final class UploadFileNames {

    private static final Pattern EXTENDED = Pattern.compile(
            "(?i)(?:^|;)\\s*filename\\*\\s*=\\s*\"?([A-Za-z0-9!#$%&+^_`{}~-]+)'[A-Za-z0-9-]*'([^\";\\s]*)\"?");

    private UploadFileNames() {
    }

    /**
     * The file name from the part's Content-Disposition header and the name the multipart reader found in it
     * ({@code parsed}); null when there is none.
     */
    static String of(String contentDisposition, String parsed) {
        if (contentDisposition != null) {
            Matcher extended = EXTENDED.matcher(contentDisposition);
            if (extended.find()) {
                String decoded = percentDecoded(extended.group(2), extended.group(1));
                if (decoded != null) {
                    return decoded;
                }
            }
        }
        return parsed == null ? null : utf8(parsed);
    }

    /**
     * Text that was read as ISO-8859-1 but is UTF-8, read again as UTF-8; text that is not valid UTF-8 that way (a
     * name in Latin-1, or already decoded) stays as it is.
     */
    static String utf8(String latin1) {
        boolean high = false;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c > 0xFF) {
                return latin1;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return latin1;
        }
    }

    /** RFC 5987 value-chars (%XX escapes) in the named charset; null when the charset is unknown or an escape is broken. */
    private static String percentDecoded(String value, String charsetName) {
        Charset charset;
        try {
            charset = Charset.forName(charsetName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    return null;
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException malformed) {
            return null;
        }
    }
}
