package app.loadwise.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTokensTest {

    @Test
    void issuedKeysParseBackToTheirIdAndSecret() {
        ApiKeyTokens.Token token = ApiKeyTokens.issue();
        assertThat(token.text()).startsWith("lw_").hasSize(3 + 12 + 1 + 43);
        assertThat(ApiKeyTokens.parse(token.text())).contains(token);
        assertThat(token.secretHash()).hasSize(64).isEqualTo(Hashes.sha256Hex(token.secret()));
    }

    @Test
    void issuedKeysDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ApiKeyTokens.Token token = ApiKeyTokens.issue();
            assertThat(seen.add(token.publicId())).isTrue();
            assertThat(seen.add(token.secret())).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lw_", "lw_abcdefghijkm_short", "xx_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "lw_ABCDEFGHIJKM_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "lw_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "Basic abc"})
    void rejectsAnythingElse(String text) {
        assertThat(ApiKeyTokens.parse(text)).isEmpty();
    }

    @Test
    void comparesHashesWhole() {
        assertThat(Hashes.same("abc", "abc")).isTrue();
        assertThat(Hashes.same("abc", "abd")).isFalse();
        assertThat(Hashes.same("abc", null)).isFalse();
    }
}
