package app.loadwise.webhooks.internal;

import app.loadwise.domain.common.InvalidValueException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where webhooks may point (against server-side request forgery): an absolute {@code https} URL without credentials
 * whose host resolves only to public addresses. Loopback, private (RFC 1918, unique-local IPv6), link-local (cloud
 * metadata at 169.254.169.254 included), carrier-grade NAT, unspecified, multicast and reserved addresses are refused,
 * and so are the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and IPv6
 * addresses that lead to one of them (IPv4-mapped or translated, NAT64, 6to4) or hide where they lead (Teredo). The
 * port must be one of the allowed ones ({@link #DEFAULT_PORTS} unless an operator allows more), so that a webhook
 * cannot be aimed at another service of a public host. With {@code allowLocal} (tests, local development) plain
 * {@code http}, any address and any port are accepted.
 */
public final class TargetRules {

    /** Host name resolution, replaceable in tests. */
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    /** The ports webhooks may use unless an operator allows others: HTTPS's own and its usual alternative. */
    public static final Set<Integer> DEFAULT_PORTS = Set.of(443, 8443);

    private final boolean allowLocal;
    private final Set<Integer> ports;
    private final Resolver resolver;

    public TargetRules(boolean allowLocal, Set<Integer> ports, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.ports = Set.copyOf(ports);
        this.resolver = resolver;
    }

    /**
     * The ports of a comma-separated list such as "443,8443,9443" (the configuration's
     * {@code loadwise.webhooks.allowed-ports}); each 1 to 65535.
     */
    public static Set<Integer> ports(String list) {
        Set<Integer> ports = new TreeSet<>();
        for (String item : list.split(",")) {
            String port = item.strip();
            if (port.isEmpty()) {
                continue;
            }
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("loadwise.webhooks.allowed-ports: '" + port + "' is not a port number");
            }
            if (number < 1 || number > 65535) {
                throw new IllegalArgumentException("loadwise.webhooks.allowed-ports: " + number + " is not a port (1-65535)");
            }
            ports.add(number);
        }
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("loadwise.webhooks.allowed-ports names no port");
        }
        return ports;
    }

    /** The URL when it may be registered; otherwise an {@link InvalidValueException} on field {@code url}. */
    public URI check(String url) {
        InvalidValueException.require(url != null && !url.isBlank(), "url", "url is required");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "url is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        InvalidValueException.require(uri.isAbsolute() && uri.getHost() != null, "url",
                "url must be an absolute URL such as https://hooks.example.com/loadwise");
        InvalidValueException.require(scheme.equals("https") || allowLocal && scheme.equals("http"), "url",
                "url must use https");
        InvalidValueException.require(uri.getRawUserInfo() == null, "url", "url must not contain a user name or password");
        InvalidValueException.require(uri.getRawFragment() == null, "url", "url must not contain a fragment (#...)");
        String refused = refused(uri);
        if (refused != null) {
            throw new InvalidValueException("url", refused);
        }
        return uri;
    }

    /**
     * Why the URL may not be called (its port is not allowed, or its host is not public); null when it may. Checked at
     * registration and again before every attempt.
     */
    public String refused(URI url) {
        if (allowLocal) {
            return null;
        }
        String address = url.getHost() == null ? "url has no host" : refusedAddress(url.getHost());
        if (address != null) {
            return address;
        }
        int port = url.getPort() != -1 ? url.getPort() : "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
        if (!ports.contains(port)) {
            return "url port " + port + " is not allowed; webhooks may use port " + describe(ports)
                    + " (an operator can allow others with LOADWISE_WEBHOOKS_ALLOWED_PORTS)";
        }
        return null;
    }

    private static String describe(Set<Integer> ports) {
        List<String> sorted = new TreeSet<>(ports).stream().map(String::valueOf).toList();
        return sorted.size() == 1 ? sorted.get(0)
                : String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }

    /**
     * Why the host may not be called (it resolves to nothing, or to an address that is not public); null when it may.
     * Checked at registration and again before every attempt, since DNS answers change.
     */
    public String refusedAddress(String host) {
        if (allowLocal) {
            return null;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return "url host " + bare + " cannot be resolved";
        }
        if (addresses.isEmpty()) {
            return "url host " + bare + " cannot be resolved";
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                // the address itself is not shown: what the server's resolver sees of an internal network stays there
                return "url host " + bare + " resolves to a loopback, private, link-local or reserved address;"
                        + " webhooks must reach a public address";
            }
        }
        return null;
    }

    private static boolean isPublicIpv4(byte[] b, int from) {
        try {
            return isPublic(InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]}));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** True for addresses on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 2) // documentation TEST-NET-1
                    && !(first == 198 && second == 51 && (b[2] & 0xff) == 100) // documentation TEST-NET-2
                    && !(first == 203 && second == 0 && (b[2] & 0xff) == 113) // documentation TEST-NET-3
                    && !(first == 198 && (second == 18 || second == 19))    // benchmarking
                    && first < 240;                                         // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                       // unique local fc00::/7
                return false;
            }
            boolean mappedOrCompatible = true;                  // ::ffff:a.b.c.d and ::a.b.c.d
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible && (b[10] == 0 && b[11] == 0 || b[10] == (byte) 0xff && b[11] == (byte) 0xff)) {
                return isPublicIpv4(b, 12);
            }
            boolean translated = true;                          // ::ffff:0:a.b.c.d (IPv4-translated)
            for (int i = 0; i < 8; i++) {
                translated &= b[i] == 0;
            }
            if (translated && b[8] == (byte) 0xff && b[9] == (byte) 0xff && b[10] == 0 && b[11] == 0) {
                return isPublicIpv4(b, 12);
            }
            int second = b[1] & 0xff;
            if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                // NAT64: 64:ff9b::a.b.c.d reaches that IPv4 address; 64:ff9b:1::/48 is for local networks
                boolean wellKnown = true;
                for (int i = 4; i < 12; i++) {
                    wellKnown &= b[i] == 0;
                }
                return wellKnown && isPublicIpv4(b, 12);
            }
            if (first == 0x20 && second == 0x02) {              // 6to4 2002:a.b.c.d::/48
                return isPublicIpv4(b, 2);
            }
            if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
                return false;                                   // Teredo 2001::/32 tunnels to an address it hides
            }
            if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false;                                   // documentation 2001:db8::/32
            }
            if (first == 0x01 && second == 0x00 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
                return false;                                   // discard-only 100::/64
            }
            return true;
        }
        return false;
    }
}
