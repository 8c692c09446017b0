package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.List;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;

/**
 * Kwame Mensah: a new referral. Only his intake so far: the nurse's first pain assessment and an
 * Oswestry questionnaire he is asked to complete before his first visit with the physician.
 */
final class KwameMensahHistory {

    /** He was registered this many days ago. */
    static final int REGISTERED_DAYS_AGO = 6;

    private final DemoRecords r;

    KwameMensahHistory(DemoRecords r) {
        this.r = r;
    }

    void write(Patient kwame) {
        LocalDate intake = r.today().minusDays(REGISTERED_DAYS_AGO);
        r.dx().pain(kwame, r.at(intake, 10, 30), 6, 8, 6, PainType.MIXED, r.today().minusMonths(5),
                "bending, lifting at work", "walking, heat",
                List.of(mark(BodyRegion.LOWER_BACK, Laterality.BILATERAL, 6),
                        mark(BodyRegion.THIGH, Laterality.RIGHT, 3)), "nurse.kim");
        r.dx().request(kwame, "ODI", r.today().plusDays(3), "nurse.kim", r.at(intake, 10, 45));
    }
}
