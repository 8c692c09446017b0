package org.algos.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.algos.web.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts (password "demo") and demo patients, only when {@code algos.demo=true}, with a
 * year of the patients' history unless {@code algos.demo.history=false} (the build's test servers
 * keep a clean clinic). Idempotent: a restart finds them and adds nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String DEMO_PASSWORD = "demo";
    public static final String JANE_DOE_MRN = "DEMO-0001";

    record Account(String username, String displayName, Role role) {
    }

    /** A patient's own account, by the MRN of the patient. */
    record PatientAccount(String username, String mrn) {
    }

    static final List<Account> STAFF = List.of(
            new Account("dr.lee", "Dr. Morgan Lee", Role.PHYSICIAN),
            new Account("dr.okafor", "Dr. Chidi Okafor", Role.PHYSICIAN),
            new Account("nurse.kim", "Nurse Ji-woo Kim", Role.NURSE),
            new Account("pt.garcia", "Lucia Garcia, PT", Role.PHYSIOTHERAPIST),
            new Account("psy.novak", "Dr. Petra Novak, PsyD", Role.PSYCHOLOGIST),
            new Account("admin", "Clinic Administrator", Role.ADMIN),
            new Account("auditor", "Privacy Auditor", Role.AUDITOR));

    /** Jane Doe first; the others give search and paging something to find. */
    static final List<String[]> PATIENTS = List.of(
            new String[] {JANE_DOE_MRN, "Jane", "Doe", "1971-04-12", "female"},
            new String[] {"DEMO-0002", "John", "Smith", "1958-09-30", "male"},
            new String[] {"DEMO-0003", "María", "Fernández", "1983-01-17", "female"},
            new String[] {"DEMO-0004", "Ahmed", "Haddad", "1966-06-02", "male"},
            new String[] {"DEMO-0005", "Sophie", "Dubois", "1990-11-23", "female"},
            new String[] {"DEMO-0006", "Kwame", "Mensah", "1975-03-08", "male"});

    /** The patients who keep a diary in the portal: Jane Doe and Ahmed Haddad. */
    static final List<PatientAccount> PATIENT_ACCOUNTS = List.of(
            new PatientAccount("pat.doe", JANE_DOE_MRN),
            new PatientAccount("pat.haddad", "DEMO-0004"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "algos.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "algos.demo.history", defaultValue = "true")
    private boolean history;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        if (em.find(ClinicUser.class, "dr.lee") != null) {
            LOG.info("Demo data already present");
            return;
        }
        // Hashing is deliberately slow; the accounts are hashed in parallel to keep start-up short.
        List<String> hashes = IntStream.range(0, STAFF.size() + PATIENT_ACCOUNTS.size()).parallel()
                .mapToObj(i -> new PasswordHasher().hash(DEMO_PASSWORD.toCharArray())).toList();
        DemoClinic.Created created = DemoClinic.create(em, clock, hashes, history);
        LOG.info(() -> "Demo data created: " + created.accounts() + " accounts, " + created.patients() + " patients"
                + (created.history() == null ? "" : "; a year of their history, " + created.history().rows()
                        + " rows in " + created.history().millis() + " ms"));
    }
}
