package org.algos.web.demo;

import static org.algos.web.demo.DiagnosisHistory.mark;

import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.TextDraft;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;

/**
 * Kwame Mensah: a new referral. Only his intake so far: the nurse's first pain assessment, an
 * Oswestry questionnaire he is asked to complete before his first visit with the physician, and
 * the clinic's own text about that visit. The clinic has a second text of its own, a draft the
 * physiotherapist wrote that waits for another clinician's approval.
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

        ClinicText visit = r.care().clinicText(new TextDraft("your-first-visit", "Your first visit to the pain clinic",
                "What to bring and what happens at the first visit with the physician.", 3, FIRST_VISIT),
                "admin", r.at(r.today().minusMonths(3), 9, 0), "dr.lee", r.at(r.today().minusMonths(3).plusDays(1), 8, 30));
        r.care().education(kwame, visit.topic(), null, "nurse.kim", r.at(intake, 10, 50), null);
        r.care().clinicText(new TextDraft("walking-group", "The Thursday walking group",
                "The physiotherapists' weekly walking group: who it is for and how to join.", 2, WALKING_GROUP),
                "pt.garcia", r.at(r.today().minusDays(2), 16, 0), null, null);
    }

    private static final String FIRST_VISIT = """
            ## Before you come

            Fill in the questionnaire we sent you: it tells the physician how the pain affects your days.

            Bring:

            - a list of every medicine you take, with the doses
            - the reports of any scans you had (MRI, CT, X-ray)
            - the name of your family doctor

            ## At the visit

            The physician asks about your pain, examines you and goes through your scans with you. Together you
            decide what to do next: more tests, a treatment, or a plan with the physiotherapist and the
            psychologist of the team.

            *Tell us before any procedure if you started a blood thinner.*
            """;

    private static final String WALKING_GROUP = """
            ## Who it is for

            Anyone on the clinic's programme who wants to walk more, at their own pace, with others.

            ## How it works

            1. We meet every Thursday at 10:00 at the clinic's entrance.
            2. We walk for 20 to 40 minutes; you can stop at any time.
            3. Ask your physiotherapist to add you to the list.
            """;
}
