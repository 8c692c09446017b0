package org.algos.web.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.EducationCatalogue;
import org.algos.careplan.education.EducationTopic;
import org.algos.careplan.education.TextDraft;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidDose;
import org.algos.careplan.medication.OpioidSafetyDates;
import org.algos.careplan.medication.OpioidSafetyRecord;
import org.algos.careplan.psych.PsychEvaluation;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.web.demo.DemoWriter.Stage;

/**
 * The care-plan module's records of the demo history other than the plans: medications with
 * their MME from the real calculator, psychological evaluations (whose decision the SCS rules
 * read), opioid safety book-keeping, education texts given and read, and the pain diary.
 */
final class CareHistory {

    private final MmeCalculator calculator = new MmeCalculator();
    private final DemoWriter w;
    private final DemoFacts facts;
    private final Map<Long, List<MedicationStatement>> medications = new HashMap<>();

    CareHistory(DemoWriter w, DemoFacts facts) {
        this.w = w;
        this.facts = facts;
    }

    /** An oral medication taken from {@code started} to {@code lastDay} (null while it is taken). */
    MedicationStatement oral(Patient patient, String drug, double doseMg, double dosesPerDay, String indication,
                             LocalDate started, LocalDate lastDay) {
        OpioidDose dose = OpioidDose.oral(drug, doseMg, dosesPerDay);
        calculator.calculate(List.of(dose)); // checks dose and frequency as the medication service does
        if (lastDay != null && lastDay.isBefore(started)) {
            throw new IllegalStateException(drug + " stops before it starts");
        }
        MedicationStatement medication = w.add(Stage.RECORD, new MedicationStatement(w.id(MedicationStatement.class),
                patient.id(), drug, doseMg, "oral", dosesPerDay, null, indication, started, lastDay, "dr.lee",
                w.at(started, 10, 0)));
        medications.computeIfAbsent(patient.id(), p -> new ArrayList<>()).add(medication);
        return medication;
    }

    /** The medications of the patient taken on the day, as written so far. */
    List<MedicationStatement> takenOn(Patient patient, LocalDate day) {
        return medications.getOrDefault(patient.id(), List.of()).stream().filter(m -> m.isActiveOn(day)).toList();
    }

    /** MME per day on the day, by the CDC 2022 calculator the chart uses. */
    MmeResult mmeOn(Patient patient, LocalDate day) {
        return calculator.calculate(takenOn(patient, day).stream().map(MedicationStatement::dose).toList());
    }

    /** A psychologist's evaluation; its decision on neuromodulation is what the SCS trial rule reads. */
    PsychEvaluation psych(Patient patient, LocalDate on, List<String> instruments, String findings, boolean cleared,
                          String notes) {
        PsychEvaluation evaluation = w.add(Stage.RECORD, new PsychEvaluation(w.id(PsychEvaluation.class), patient.id(),
                on, String.join(",", instruments), findings, cleared, false, notes, "psy.novak", w.at(on, 15, 0)));
        facts.clearance(patient.id(), new NeuromodulationClearance.Decision(on, cleared, false));
        return evaluation;
    }

    /** The opioid safety book-keeping as last saved by {@code by}. */
    OpioidSafetyRecord opioidSafety(Patient patient, OpioidSafetyDates dates, String by, LocalDateTime at) {
        OpioidSafetyRecord record = new OpioidSafetyRecord(patient.id());
        record.record(dates, by, at);
        return w.add(Stage.RECORD, record);
    }

    /** An education text given by a clinician; {@code readAt} when the patient marked it read (null: not yet). */
    EducationAssignment education(Patient patient, String topicCode, String note, String by, LocalDateTime givenAt,
                                  LocalDateTime readAt) {
        return education(patient, EducationCatalogue.find(topicCode)
                .orElseThrow(() -> new IllegalStateException("No education text " + topicCode)), note, by, givenAt, readAt);
    }

    /** As above, for any text: shipped, or one of the clinic's approved ones. */
    EducationAssignment education(Patient patient, EducationTopic topic, String note, String by, LocalDateTime givenAt,
                                  LocalDateTime readAt) {
        if (!DemoWriter.roleOf(by).isClinician()) {
            throw new IllegalStateException(by + " does not give education texts");
        }
        EducationAssignment assignment = new EducationAssignment(w.id(EducationAssignment.class), patient.id(), topic,
                note, by, givenAt);
        if (readAt != null) {
            assignment.markRead(readAt);
        }
        return w.add(Stage.RECORD, assignment);
    }

    /** One of the clinic's own education texts: written, and approved by another clinician when {@code approvedBy} is given. */
    ClinicText clinicText(TextDraft draft, String writtenBy, LocalDateTime writtenAt, String approvedBy,
                          LocalDateTime approvedAt) {
        return w.add(Stage.RECORD, ClinicText.recorded(draft, writtenBy, writtenAt, approvedBy, approvedAt));
    }

    /** One day of the pain diary as the patient wrote it. */
    record DiaryDay(int pain, Double sleepHours, Integer activityMinutes, String medicationTaken, String note) {
    }

    /** How the patient's days went, day by day. */
    interface DiaryPlan {
        DiaryDay on(LocalDate day);
    }

    /**
     * The diary of every day from {@code first} to yesterday: today is left for the patient to
     * write. Only patients with an account of their own keep one.
     */
    int diary(Patient patient, LocalDate first, DiaryPlan plan) {
        boolean ownAccount = DemoData.PATIENT_ACCOUNTS.stream().anyMatch(a -> a.mrn().equals(patient.mrn()));
        if (!ownAccount) {
            throw new IllegalStateException(patient.fullName() + " has no account to keep a diary with");
        }
        int days = 0;
        for (LocalDate day = first; day.isBefore(w.today()); day = day.plusDays(1)) {
            DiaryDay d = plan.on(day);
            if (d.pain() < 0 || d.pain() > 10) {
                throw new IllegalStateException("Diary pain is 0 to 10, not " + d.pain());
            }
            DiaryEntry entry = new DiaryEntry(patient.id(), day);
            entry.write(d.pain(), d.sleepHours(), d.activityMinutes(), d.medicationTaken(), d.note(),
                    w.at(day, 20, 30));
            w.add(Stage.RECORD, entry);
            days++;
        }
        return days;
    }

    /** A small, repeating day-to-day swing of -1, 0 or +1, so that a diary line is not flat. */
    static int wobble(LocalDate day) {
        int[] swing = {0, 1, 0, -1, 0, 1, -1, 0, 0, -1, 1};
        return swing[(int) Math.floorMod(day.toEpochDay(), swing.length)];
    }
}
