package org.algos.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build produced, exactly as users deploy it. */
final class AlgosWar {

    private AlgosWar() {
    }

    static WebArchive asBuilt() {
        File war = new File(System.getProperty("algos.war", "target/algos.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (./mvnw verify runs the tests after packaging): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
