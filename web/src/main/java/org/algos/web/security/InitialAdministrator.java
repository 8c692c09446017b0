package org.algos.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.algos.domain.common.Clocks;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first account of a new installation: when {@code algos.admin.initial-password} is set and
 * no user {@code admin} exists yet, creates it. The administrator then creates everyone else.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "algos.admin.initial-password")
    private Optional<String> initialPassword;

    @PostConstruct
    void createIfMissing() {
        if (initialPassword.isEmpty() || em.find(ClinicUser.class, "admin") != null) {
            return;
        }
        if (initialPassword.get().length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("algos.admin.initial-password must be at least "
                    + UserAccounts.MIN_PASSWORD_LENGTH + " characters");
        }
        LocalDateTime now = Clocks.nowUtc(clock);
        em.persist(ClinicUser.staff("admin", "Administrator", Role.ADMIN, now));
        em.flush();
        em.persist(UserCredential.chosen("admin", new PasswordHasher().hash(initialPassword.get().toCharArray()), now));
        LOG.info("Created the initial administrator account 'admin'");
    }
}
