package app.loadwise.checkin.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address the check-in pages are reached at: {@code loadwise.public-url}, or else this request's own. */
@ApplicationScoped
public class PublicUrl {
    @Inject
    @ConfigProperty(name = "loadwise.public-url")
    Optional<String> configured;

    /** The configured address; empty when none is set. */
    public Optional<String> configured() {
        return configured.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""));
    }

    public String of(UriInfo uri) {
        return configured().orElseGet(() -> {
            String base = uri.getBaseUri().toString();
            int api = base.indexOf("/api/");
            return (api >= 0 ? base.substring(0, api) : base).replaceAll("/+$", "");
        });
    }
}
