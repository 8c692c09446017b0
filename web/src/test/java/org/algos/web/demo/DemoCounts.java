package org.algos.web.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;

/** What the demo history holds per patient, read back from the tables: for the report and for comparing two runs. */
final class DemoCounts {

    /** A label and the JPQL that counts it per patient id. */
    private static final Map<String, String> COUNTED = counted();

    private DemoCounts() {
    }

    private static Map<String, String> counted() {
        Map<String, String> counted = new LinkedHashMap<>();
        for (String entity : List.of("Diagnosis", "ImagingFinding", "PainAssessment", "Assessment", "SafetyAlert",
                "QuestionnaireAssignment", "DiagnosticBlock", "ProcedureRecord", "FollowUp", "MedicationStatement",
                "OpioidSafetyRecord", "PsychEvaluation", "CarePlan", "CarePlanGoal", "CarePlanModality", "CarePlanTask",
                "CaseConference", "EducationAssignment", "DiaryEntry")) {
            counted.put(entity, "select e.patientId, count(e) from " + entity + " e group by e.patientId");
        }
        counted.put("GoalProgressNote", "select c.patientId, count(n) from GoalProgressNote n, CarePlan c"
                + " where c.id = n.carePlanId group by c.patientId");
        return counted;
    }

    /** Rows per table and patient, as "table MRN count" lines in a stable order. */
    static List<String> rows(InMemoryDatabase db) {
        Map<String, Patient> patients = DemoClinicDatabase.patients(db);
        List<String> lines = new ArrayList<>();
        db.run(em -> COUNTED.forEach((label, jpql) -> {
            Map<Long, Long> byPatient = new LinkedHashMap<>();
            em.createQuery(jpql, Object[].class).getResultList()
                    .forEach(r -> byPatient.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            patients.forEach((mrn, p) -> lines.add(label + " " + mrn + " " + byPatient.getOrDefault(p.id(), 0L)));
        }));
        return lines;
    }

    /** What each record says (scores, relief, doses, diary pain), so that two runs on one day can be compared. */
    static List<String> content(InMemoryDatabase db) {
        List<String> lines = new ArrayList<>();
        db.run(em -> {
            em.createQuery("select p.mrn, a.instrument, a.takenAt, a.total, a.band from Assessment a, Patient p"
                            + " where p.id = a.patientId order by p.mrn, a.takenAt, a.instrument", Object[].class)
                    .getResultList().forEach(r -> lines.add(Arrays.toString(r)));
            em.createQuery("select p.mrn, r.procedure, r.date, r.status, r.reliefPercent from ProcedureRecord r,"
                            + " Patient p where p.id = r.patientId order by p.mrn, r.date", Object[].class)
                    .getResultList().forEach(r -> lines.add(Arrays.toString(r)));
            em.createQuery("select p.mrn, d.day, d.pain, d.medicationTaken from DiaryEntry d, Patient p"
                            + " where p.id = d.patientId order by p.mrn, d.day", Object[].class)
                    .getResultList().forEach(r -> lines.add(Arrays.toString(r)));
        });
        return lines;
    }

    /** The counts as a table, patients across, for the test's output. */
    static void print(InMemoryDatabase db) {
        Map<String, Patient> patients = DemoClinicDatabase.patients(db);
        StringBuilder table = new StringBuilder(String.format("%-24s", "rows per patient"));
        patients.values().forEach(p -> table.append(String.format("%10s", p.familyName())));
        List<String> rows = rows(db);
        for (int i = 0; i < rows.size(); i += patients.size()) {
            table.append('\n').append(String.format("%-24s", rows.get(i).split(" ")[0]));
            for (int j = 0; j < patients.size(); j++) {
                table.append(String.format("%10s", rows.get(i + j).split(" ")[2]));
            }
        }
        System.out.println(table);
    }
}
