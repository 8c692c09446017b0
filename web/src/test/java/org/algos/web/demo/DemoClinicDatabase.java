package org.algos.web.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.testkit.WholeClinic;

/**
 * The whole application's schema in memory, every module migrated and every entity of web's
 * persistence.xml mapped, with the demo clinic and its history written into it, and the services
 * the tests read it back with.
 */
final class DemoClinicDatabase {

    static final Caller DR_LEE = new Caller("dr.lee", "Dr. Morgan Lee", Role.PHYSICIAN, null);

    private DemoClinicDatabase() {
    }

    static InMemoryDatabase database() {
        return WholeClinic.database();
    }

    /** Creates the demo clinic with its history, as the start-up bean does (without its slow hashing). */
    static DemoClinic.Created seed(InMemoryDatabase db) {
        List<String> hashes = Collections.nCopies(DemoData.STAFF.size() + DemoData.PATIENT_ACCOUNTS.size(),
                "not-a-hash");
        return db.call(em -> DemoClinic.create(em, db.clock(), hashes, true));
    }

    /** The patients as stored, by MRN. */
    static Map<String, Patient> patients(InMemoryDatabase db) {
        return db.call(em -> {
            Map<String, Patient> byMrn = new TreeMap<>();
            em.createQuery("select p from Patient p", Patient.class).getResultList()
                    .forEach(p -> byMrn.put(p.mrn(), p));
            return byMrn;
        });
    }

    /** The clinicians on every demo patient's care team. */
    static List<Caller> clinicians() {
        List<Caller> clinicians = new ArrayList<>();
        for (String username : List.of("dr.lee", "nurse.kim", "pt.garcia", "psy.novak")) {
            DemoData.Account a = DemoData.STAFF.stream().filter(s -> s.username().equals(username)).findFirst()
                    .orElseThrow();
            clinicians.add(new Caller(a.username(), a.displayName(), a.role(), null));
        }
        return clinicians;
    }

    /** The patient's own account. */
    static Caller account(Patient patient, String username) {
        return new Caller(username, patient.fullName(), Role.PATIENT, patient.id());
    }

    /** The procedure service wired as the container wires it, with the other modules' ports. */
    static Procedures procedures(InMemoryDatabase db) {
        return db.service(Procedures.class, new EligibilityEngine(EligibilitySettings.defaults()),
                db.service(DiagnosticBlocks.class), db.service(PsychEvaluations.class), db.service(Medications.class));
    }
}
