package org.algos.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses how people sign in when the application deploys: Jakarta Security allows one
 * authentication mechanism, so the one not configured is removed before CDI sees it. With
 * {@code algos.oidc.provider} set, single sign-on ({@link SsoAuthenticationMechanism}) replaces
 * the built-in login; without it, nothing changes.
 */
public class SignInModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(SignInModeExtension.class.getName());

    private Boolean singleSignOn;

    private boolean singleSignOn() {
        if (singleSignOn == null) {
            singleSignOn = OidcSettings.isConfigured(config());
            LOG.info(singleSignOn ? "Sign-in: single sign-on through " + config().getValue(OidcSettings.PROVIDER, String.class)
                    : "Sign-in: built-in accounts");
        }
        return singleSignOn;
    }

    private static Config config() {
        return ConfigProvider.getConfig(SignInModeExtension.class.getClassLoader());
    }

    void builtInMechanism(@Observes ProcessAnnotatedType<BuiltInAuthenticationMechanism> type) {
        if (singleSignOn()) {
            type.veto();
        }
    }

    void singleSignOnMechanism(@Observes ProcessAnnotatedType<SsoAuthenticationMechanism> type) {
        if (!singleSignOn()) {
            type.veto();
        }
    }

    void checkSettings(@Observes AfterBeanDiscovery event) {
        OidcSettings.problem(config()).ifPresent(problem -> event.addDefinitionError(new DeploymentException(problem)));
    }
}
