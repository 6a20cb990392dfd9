package app.loadwise.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInTokensTest {

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        String token = CheckInTokens.newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(CheckInTokens.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(CheckInTokens.newToken())).isTrue();
        }
    }

    @Test
    void storesTheSha256OfTheTokenNeverTheToken() {
        String token = CheckInTokens.newToken();
        String hash = CheckInTokens.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
        assertThat(CheckInTokens.hash(token)).isEqualTo(hash);
        // SHA-256 of "abc", a published test vector
        assertThat(CheckInTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesWhatIsNotShapedLikeAToken() {
        assertThat(CheckInTokens.wellFormed(null)).isFalse();
        assertThat(CheckInTokens.wellFormed("")).isFalse();
        assertThat(CheckInTokens.wellFormed("short")).isFalse();
        assertThat(CheckInTokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(CheckInTokens.wellFormed("a".repeat(42) + "+")).isFalse();
        assertThat(CheckInTokens.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}
