package org.algos.web.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.algos.domain.patient.Patient;

/**
 * A year of coherent history for the six demo patients, dated back from today, so that every
 * table, trend chart and worklist of the portal has something to show. Every score, relief, MME
 * and eligibility verdict in it comes from the rule classes the application itself uses. Written
 * directly with the entity manager: at start-up there is no caller to check or audit, and seeded
 * history is nobody's access to a record, so it writes no audit events.
 */
final class DemoHistory {

    /** How long ago the patients with a year of history were registered. */
    static final int REGISTERED_MONTHS_AGO = 13;

    /** What was written: the number of rows (entities) and how long it took. */
    record Written(int rows, long millis) {
    }

    private DemoHistory() {
    }

    /** When the patient was registered: the new referral days ago, the others before their year of history. */
    static LocalDateTime registeredAt(String mrn, LocalDateTime now) {
        return "DEMO-0006".equals(mrn) ? now.minusDays(KwameMensahHistory.REGISTERED_DAYS_AGO)
                : now.minusMonths(REGISTERED_MONTHS_AGO);
    }

    /** Writes the history of the demo patients, found by MRN, in the caller's transaction. */
    static Written write(EntityManager em, Clock clock, Map<String, Patient> byMrn) {
        long started = System.nanoTime();
        DemoWriter w = new DemoWriter(em, clock);
        DemoRecords r = DemoRecords.on(w);
        new JaneDoeHistory(r).write(patient(byMrn, DemoData.JANE_DOE_MRN));
        new JohnSmithHistory(r).write(patient(byMrn, "DEMO-0002"));
        new MariaFernandezHistory(r).write(patient(byMrn, "DEMO-0003"));
        new AhmedHaddadHistory(r).write(patient(byMrn, "DEMO-0004"));
        new SophieDuboisHistory(r).write(patient(byMrn, "DEMO-0005"));
        new KwameMensahHistory(r).write(patient(byMrn, "DEMO-0006"));
        int rows = w.flush();
        return new Written(rows, (System.nanoTime() - started) / 1_000_000);
    }

    private static Patient patient(Map<String, Patient> byMrn, String mrn) {
        Patient patient = byMrn.get(mrn);
        if (patient == null) {
            throw new IllegalStateException("No demo patient " + mrn);
        }
        return patient;
    }
}
