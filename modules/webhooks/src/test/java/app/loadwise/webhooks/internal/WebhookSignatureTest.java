package app.loadwise.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"id\":1,\"type\":\"ping\"}";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signsTimestampDotBodyWithHmacSha256AsInTheDocumentedVector() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_test", b"1700000000.{\"id\":1,\"type\":\"ping\"}", hashlib.sha256).hexdigest())'
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("2c68412ba0ac6238d25be3a91fcd80e8c0c7ea6ca71f413fcb55a3bea9fe3061");
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=2c68412ba0ac6238d25be3a91fcd80e8c0c7ea6ca71f413fcb55a3bea9fe3061");
    }

    @Test
    void aReceiverAcceptsAFreshSignatureAndRejectsChangedBodiesWrongSecretsAndReplays() {
        Instant sentAt = Instant.ofEpochSecond(1_700_000_000L);
        String header = WebhookSignature.header("whsec_test", sentAt.getEpochSecond(), BODY);

        assertThat(WebhookSignature.verify("whsec_test", header, BODY, sentAt.plusSeconds(299), FIVE_MINUTES)).isTrue();
        assertThat(WebhookSignature.verify("whsec_test", header, BODY.replace("1", "2"), sentAt, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, sentAt, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header, BODY, sentAt.plusSeconds(301), FIVE_MINUTES))
                .as("a replay older than five minutes").isFalse();
        assertThat(WebhookSignature.verify("whsec_test", "v1=abc", BODY, sentAt, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", null, BODY, sentAt, FIVE_MINUTES)).isFalse();
    }

    @Test
    void newSecretsAreRandomAndPrefixed() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 43);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }
}
