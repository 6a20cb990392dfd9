package app.loadwise.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRulesTest {

    /** Literal addresses resolve to themselves; hooks.example.com is public, internal.example.com private. */
    private static final TargetRules.Resolver RESOLVER = host -> switch (host) {
        case "hooks.example.com" -> List.of(InetAddress.getByName("93.184.216.34"));
        case "internal.example.com" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7"));
        case "nowhere.example.com" -> throw new UnknownHostException(host);
        default -> List.of(InetAddress.getByName(host));
    };

    private final TargetRules strict = new TargetRules(false, TargetRules.DEFAULT_PORTS, RESOLVER);
    private final TargetRules local = new TargetRules(true, TargetRules.DEFAULT_PORTS, RESOLVER);

    private static void refused(TargetRules rules, String url, String why) {
        assertThatThrownBy(() -> rules.check(url)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(why).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("url");
    }

    @Test
    void acceptsHttpsToAPublicHost() {
        assertThat(strict.check("https://hooks.example.com/loadwise?team=1").getHost()).isEqualTo("hooks.example.com");
        assertThat(strict.check("https://93.184.216.34:8443/hook")).isNotNull();
        assertThat(strict.check("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")).isNotNull();
    }

    @Test
    void refusesPlainHttpUnlessLocalTargetsAreAllowed() {
        refused(strict, "http://hooks.example.com/loadwise", "https");
        assertThat(local.check("http://127.0.0.1:8089/hook").getPort()).isEqualTo(8089);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/x", "hooks.example.com/x", "https:///path", "https://exa mple.com/"})
    void refusesWhatIsNotAnAbsoluteHttpsUrl(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesCredentialsInTheUrlAndHostsThatDoNotResolve() {
        refused(strict, "https://user:pass@hooks.example.com/x", "user name or password");
        refused(strict, "https://nowhere.example.com/x", "cannot be resolved");
        refused(strict, "", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10",
        "169.254.169.254", "0.0.0.0", "100.64.0.1", "100.127.255.254", "224.0.0.1", "255.255.255.255", "198.18.0.1",
        "[::1]", "[::]", "[fe80::1]", "[fd00::1]", "[fc00::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "localhost",
        "[64:ff9b::a9fe:a9fe]", "[64:ff9b::7f00:1]", "[64:ff9b:1::808:808]", "[2002:a00:1::1]", "[2002:7f00:1::]",
        "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "[2001:db8::1]", "[100::1]", "[::ffff:0:7f00:1]"})
    void refusesLoopbackPrivateLinkLocalAndReservedTargets(String host) {
        refused(strict, "https://" + host + "/hook", "webhooks must reach a public address");
        assertThat(local.check("https://" + host + "/hook")).isNotNull();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        refused(strict, "https://internal.example.com/hook", "private");
        assertThat(strict.refusedAddress("internal.example.com")).contains("internal.example.com")
                .as("what the resolver sees of an internal network is not shown").doesNotContain("10.0.0.7");
        assertThat(strict.refusedAddress("hooks.example.com")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "192.0.2.255", "198.51.100.7", "203.0.113.200", "[::ffff:203.0.113.5]",
        "[64:ff9b::c633:6407]", "[2002:c000:201::1]"})
    void refusesTheDocumentationRangesLikeTheirIpv6Counterpart(String host) {
        refused(strict, "https://" + host + "/hook", "webhooks must reach a public address");
    }

    @Test
    void allowsOnlyHttpsPortsUnlessAnOperatorAllowsMore() {
        assertThat(strict.check("https://hooks.example.com:443/x")).isNotNull();
        assertThat(strict.check("https://hooks.example.com:8443/x")).isNotNull();
        refused(strict, "https://hooks.example.com:22/x", "port 22 is not allowed; webhooks may use port 443 or 8443");
        refused(strict, "https://hooks.example.com:6379/x", "LOADWISE_WEBHOOKS_ALLOWED_PORTS");
        TargetRules wider = new TargetRules(false, TargetRules.ports("443, 8443,9443"), RESOLVER);
        assertThat(wider.check("https://hooks.example.com:9443/x")).isNotNull();
        assertThat(wider.refused(java.net.URI.create("https://hooks.example.com:9444/x"))).contains("443, 8443 or 9443");
        assertThat(strict.refused(java.net.URI.create("https://hooks.example.com:25/x"))).as("checked again before each attempt")
                .contains("port 25");
        assertThat(local.check("http://127.0.0.1:8089/hook")).isNotNull();
        assertThatThrownBy(() -> TargetRules.ports("443,http")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetRules.ports("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetRules.ports(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "2001:4860:4860::8888",
        "64:ff9b::808:808", "2002:808:808::1", "2001:1::1", "2001:db9::1", "192.0.3.1", "198.51.101.1", "203.0.114.1"})
    void countsNeighboursOfReservedRangesAsPublic(String address) throws UnknownHostException {
        assertThat(TargetRules.isPublic(InetAddress.getByName(address))).isTrue();
    }
}
