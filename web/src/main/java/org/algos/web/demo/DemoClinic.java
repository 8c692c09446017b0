package org.algos.web.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.common.Clocks;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.user.ClinicUser;
import org.algos.web.demo.DemoData.Account;
import org.algos.web.demo.DemoData.PatientAccount;
import org.algos.web.security.UserCredential;

/**
 * The demo clinic as stored: the staff accounts, the demo patients with their care teams and the
 * patients' own accounts, then, when asked, a year of the patients' history ({@link DemoHistory}).
 */
final class DemoClinic {

    /** What was created; {@code history} is null when none was written. */
    record Created(int accounts, int patients, DemoHistory.Written history) {
    }

    private DemoClinic() {
    }

    /**
     * Creates it all in the caller's transaction. {@code hashes} are the password hashes of the
     * staff accounts and then of the patients' accounts, in the order of {@link DemoData}'s lists.
     */
    static Created create(EntityManager em, Clock clock, List<String> hashes, boolean withHistory) {
        LocalDateTime now = Clocks.nowUtc(clock);
        List<Account> staff = DemoData.STAFF;
        for (int i = 0; i < staff.size(); i++) {
            Account account = staff.get(i);
            em.persist(ClinicUser.staff(account.username(), account.displayName(), account.role(), now));
            em.persist(UserCredential.chosen(account.username(), hashes.get(i), now));
        }
        // Rows refer to each other by id only, so the insert order is made explicit with flushes.
        em.flush();
        Map<String, Patient> byMrn = new LinkedHashMap<>();
        for (String[] p : DemoData.PATIENTS) {
            LocalDateTime registered = withHistory ? DemoHistory.registeredAt(p[0], now) : now;
            Patient patient = new Patient(PatientDetails.parse(p[0], p[1], p[2], p[3], p[4], LocalDate.now(clock)),
                    registered);
            em.persist(patient);
            byMrn.put(patient.mrn(), patient);
        }
        em.flush();
        for (Patient patient : byMrn.values()) {
            LocalDateTime added = patient.createdAt();
            for (Account member : List.of(staff.get(0), staff.get(2), staff.get(3), staff.get(4))) {
                em.persist(new CareTeamMember(patient.id(), member.username(), member.role(), added, "demo"));
            }
        }
        List<PatientAccount> accounts = DemoData.PATIENT_ACCOUNTS;
        for (PatientAccount account : accounts) {
            Patient patient = byMrn.get(account.mrn());
            em.persist(ClinicUser.patient(account.username(), patient.fullName(), patient.id(), now));
        }
        em.flush();
        for (int i = 0; i < accounts.size(); i++) {
            em.persist(UserCredential.chosen(accounts.get(i).username(), hashes.get(staff.size() + i), now));
        }
        em.flush();
        DemoHistory.Written history = withHistory ? DemoHistory.write(em, clock, byMrn) : null;
        return new Created(staff.size() + accounts.size(), byMrn.size(), history);
    }
}
