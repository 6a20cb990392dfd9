package app.loadwise.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code loadwise.mail.*} settings, read once, as the {@link MailServer} they describe. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "loadwise.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "loadwise.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "loadwise.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "loadwise.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "loadwise.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "loadwise.mail.from", defaultValue = "loadwise@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "loadwise.mail.timeout", defaultValue = "PT30S")
    String timeout;

    private MailServer server;

    @PostConstruct
    void init() {
        server = new MailServer(host, port, user.orElse(null), password.orElse(null), startTls, from, Duration.parse(timeout));
    }

    public MailServer server() {
        return server;
    }
}
