package app.loadwise.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API root; resources in the feature modules are discovered from their jars. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Loadwise API", version = "1",
        description = "Training load and recovery for running clubs: clubs, athletes, sessions, wellness and weekly scores.",
        license = @License(name = "Proprietary")))
public class LoadwiseApplication extends Application {
}
