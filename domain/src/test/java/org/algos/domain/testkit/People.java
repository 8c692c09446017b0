package org.algos.domain.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.patient.Sex;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;

/**
 * Patients, users, care teams and break-glass grants, each stored in its own transaction. Names
 * get a running number (MRN T-7, username "dr.lee.7"), so the tests of one class, which share a
 * database, never see each other's people.
 */
public final class People {

    private final AtomicInteger serial = new AtomicInteger();
    private final InMemoryDatabase db;

    People(InMemoryDatabase db) {
        this.db = db;
    }

    public Patient patient(String givenName, String familyName) {
        String mrn = "T-" + serial.incrementAndGet();
        return patient(new PatientDetails(mrn, givenName, familyName, LocalDate.of(1970, 5, 17), Sex.FEMALE));
    }

    public Patient patient(PatientDetails details) {
        return db.call(em -> {
            Patient patient = new Patient(details, db.now());
            em.persist(patient);
            return patient;
        });
    }

    /** A staff user (clinician, administrator or auditor), on the care team of each patient given. */
    public Caller staff(String name, Role role, Patient... teamOf) {
        String username = name + "." + serial.incrementAndGet();
        Caller caller = new Caller(username, name, role, null);
        db.run(em -> em.persist(ClinicUser.staff(username, name, role, db.now())));
        for (Patient patient : teamOf) {
            joinTeam(caller, patient);
        }
        return caller;
    }

    public Caller physician(String name, Patient... teamOf) {
        return staff(name, Role.PHYSICIAN, teamOf);
    }

    /** The patient's own account. */
    public Caller account(Patient patient) {
        String username = patient.givenName().toLowerCase(java.util.Locale.ROOT) + "." + serial.incrementAndGet();
        db.run(em -> em.persist(ClinicUser.patient(username, patient.fullName(), patient.id(), db.now())));
        return new Caller(username, patient.fullName(), Role.PATIENT, patient.id());
    }

    public void joinTeam(Caller clinician, Patient patient) {
        db.run(em -> em.persist(new CareTeamMember(patient.id(), clinician.username(), clinician.role(), db.now(),
                clinician.username())));
    }

    /** A break-glass grant given {@code ago} before now, lasting {@code validFor}. */
    public BreakGlassGrant breakGlass(Caller who, Patient patient, Duration ago, Duration validFor) {
        LocalDateTime grantedAt = db.now().minus(ago);
        return db.call(em -> {
            BreakGlassGrant grant = new BreakGlassGrant(patient.id(), who.username(), "unconscious in the emergency room",
                    grantedAt, validFor);
            em.persist(grant);
            return grant;
        });
    }
}
