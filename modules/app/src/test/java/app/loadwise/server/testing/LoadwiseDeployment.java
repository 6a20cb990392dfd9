package app.loadwise.server.testing;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every container test shares: the real packaged WAR at the root context, tested over HTTP. */
@ArquillianSuiteDeployment
public final class LoadwiseDeployment {

    private LoadwiseDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive war() {
        File war = new File(System.getProperty("loadwise.war", "target/loadwise.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("no packaged WAR at " + war.getAbsolutePath() + "; run the package phase first");
        }
        // ROOT.war: deployed at /, as ./loadwise run deploys it, so the web app's absolute paths (/assets, /api) work
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    }
}
