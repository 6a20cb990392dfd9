package app.loadwise.traininglog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadFileNamesTest {

    /** What the multipart reader makes of UTF-8 bytes: each byte as one ISO-8859-1 character. */
    private static String asLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsARawUtf8NameAsUtf8() {
        String sent = asLatin1("\uD83D\uDE00.csv");
        assertThat(UploadFileNames.of("form-data; name=\"file\"; filename=\"" + sent + "\"", sent)).isEqualTo("\uD83D\uDE00.csv");
        assertThat(UploadFileNames.of(null, asLatin1("März Läufe.xlsx"))).isEqualTo("März Läufe.xlsx");
    }

    @Test
    void keepsNamesThatAreNotUtf8AsTheyAre() {
        assertThat(UploadFileNames.of(null, "M\u00e4rz.csv")).as("Latin-1, not UTF-8").isEqualTo("M\u00e4rz.csv");
        assertThat(UploadFileNames.of(null, "march.csv")).isEqualTo("march.csv");
        assertThat(UploadFileNames.of(null, "\u6771\u4eac.csv")).as("decoded already").isEqualTo("\u6771\u4eac.csv");
        assertThat(UploadFileNames.of(null, null)).isNull();
    }

    @Test
    void prefersTheExtendedNameOfRfc5987() {
        String header = "form-data; name=\"file\"; filename=\"smiley.csv\"; filename*=UTF-8''%F0%9F%98%80%20march.csv";
        assertThat(UploadFileNames.of(header, "smiley.csv")).isEqualTo("\uD83D\uDE00 march.csv");
        assertThat(UploadFileNames.of("form-data; filename*=iso-8859-1'de'M%E4rz.csv", null)).isEqualTo("M\u00e4rz.csv");
        assertThat(UploadFileNames.of("form-data; filename=\"a.csv\"; filename*=UTF-8''%ZZ.csv", "a.csv"))
                .as("a broken escape falls back to the plain name").isEqualTo("a.csv");
    }
}
