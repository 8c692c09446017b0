package org.algos.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.common.Clocks;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.algos.web.security.PasswordHasher;
import org.algos.web.security.UserCredential;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts (password "demo") and demo patients, only when {@code algos.demo=true}.
 * Idempotent: a restart finds them and adds nothing.
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "algos.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        if (em.find(ClinicUser.class, "dr.lee") != null) {
            LOG.info("Demo data already present");
            return;
        }
        LocalDateTime now = Clocks.nowUtc(clock);
        // Hashing is deliberately slow; the accounts are hashed in parallel to keep start-up short.
        List<String> hashes = IntStream.range(0, STAFF.size() + 1).parallel()
                .mapToObj(i -> new PasswordHasher().hash(DEMO_PASSWORD.toCharArray())).toList();
        for (int i = 0; i < STAFF.size(); i++) {
            Account account = STAFF.get(i);
            em.persist(ClinicUser.staff(account.username(), account.displayName(), account.role(), now));
            em.persist(UserCredential.chosen(account.username(), hashes.get(i), now));
        }
        // Rows refer to each other by id only, so the insert order is made explicit with flushes.
        em.flush();
        Patient jane = null;
        for (String[] p : PATIENTS) {
            Patient patient = new Patient(PatientDetails.parse(p[0], p[1], p[2], p[3], p[4], LocalDate.now(clock)), now);
            em.persist(patient);
            em.flush();
            jane = jane == null ? patient : jane;
            for (Account member : List.of(STAFF.get(0), STAFF.get(2), STAFF.get(3), STAFF.get(4))) {
                em.persist(new CareTeamMember(patient.id(), member.username(), member.role(), now, "demo"));
            }
        }
        em.persist(ClinicUser.patient("pat.doe", "Jane Doe", jane.id(), now));
        em.flush();
        em.persist(UserCredential.chosen("pat.doe", hashes.get(STAFF.size()), now));
        LOG.info(() -> "Demo data created: " + (STAFF.size() + 1) + " accounts, " + PATIENTS.size() + " patients");
    }

}
