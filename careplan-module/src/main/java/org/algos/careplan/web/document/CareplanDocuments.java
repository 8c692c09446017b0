package org.algos.careplan.web.document;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeItem;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.ShownPlan;
import org.algos.careplan.web.portal.MyPlanBean;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.careteam.CareTeam;
import org.algos.web.kit.document.DocumentContributor;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.Xhtml;
import org.algos.web.kit.portal.Shown;

/**
 * The care plan in the clinic's documents. The letter: today's medications with the MME per day
 * of each and in all, its CDC 2022 level and advice, and the plan's goals. The patient's plan,
 * in the words of the patient's own area: goals, treatments by discipline and a reminder to
 * keep the diary. The plan shown is the one the patient sees ({@link ShownPlan}).
 */
@Dependent
public class CareplanDocuments implements DocumentContributor {

    @Inject
    private Medications medications;

    @Inject
    private CarePlans plans;

    @Inject
    private CareTeam careTeam;

    @Override
    public List<DocumentSection> sections(DocumentRequest request, AuthorizedPatient patient) {
        return switch (request.kind()) {
            case CLINIC_LETTER -> List.of(
                    new DocumentSection(SectionOrder.LETTER_MEDICATIONS, "Current medications",
                            medicationsOf(medications.activeMme(patient))),
                    new DocumentSection(SectionOrder.LETTER_GOALS, "Care plan goals", letterGoals(shown(patient))));
            case PATIENT_PLAN -> patientPlan(patient);
            default -> List.of();
        };
    }

    private Optional<CarePlans.Detail> shown(AuthorizedPatient patient) {
        return ShownPlan.of(plans.list(patient)).map(p -> plans.detail(patient, p.id()));
    }

    static Xhtml medicationsOf(Medications.ActiveMme today) {
        if (today.active().isEmpty()) {
            return new Xhtml().p("No current medications are recorded.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < today.active().size(); i++) {
            MedicationStatement m = today.active().get(i);
            MmeItem item = today.mme().items().get(i);
            rows.add(List.of(m.drug(), dose(m), m.route() == null ? "" : m.route(),
                    item.counted() && item.mme() != null ? Shown.number(item.mme()) : "not an opioid counted",
                    m.indication() == null ? "" : m.indication()));
        }
        MmeResult mme = today.mme();
        Xhtml x = new Xhtml().table("Medications taken today", List.of("Medication", "Dose", "Route", "MME/day",
                "Indication"), rows);
        x.p("Total:", Shown.number(mme.totalMme()) + " MME/day, " + mme.level().words()
                + " (CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022).");
        x.list(mme.advice());
        x.p("Source:", mme.source());
        return x;
    }

    private static String dose(MedicationStatement m) {
        if (m.mcgPerHour() != null) {
            return Shown.number(m.mcgPerHour()) + " mcg/h";
        }
        String dose = m.doseMg() == null ? "" : Shown.number(m.doseMg()) + " mg";
        return m.dosesPerDay() == null ? dose : dose + ", " + Shown.number(m.dosesPerDay()) + " times a day";
    }

    private static Xhtml letterGoals(Optional<CarePlans.Detail> detail) {
        if (detail.isEmpty() || detail.get().goals().isEmpty()) {
            return new Xhtml().p("No care plan goals are set.");
        }
        List<List<String>> rows = detail.get().goals().stream().map(g -> List.of(g.description(), g.measure(),
                g.targetValue() + " by " + Shown.date(g.targetDate()), g.status().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '))).toList();
        return new Xhtml().p("Plan:", detail.get().plan().title() + " (" + detail.get().plan().status().code() + ")")
                .table("Goals of the care plan", List.of("Goal", "Measure", "Target", "Status"), rows);
    }

    private List<DocumentSection> patientPlan(AuthorizedPatient patient) {
        List<DocumentSection> sections = new ArrayList<>();
        Optional<CarePlans.Detail> detail = shown(patient);
        Xhtml goals = new Xhtml();
        Xhtml treatments = new Xhtml();
        if (detail.isEmpty()) {
            goals.p("Your team has not finished your care plan yet. Ask them about it at your next visit.");
        } else {
            CarePlans.Detail d = detail.get();
            goals.p(d.plan().title());
            goals.list(d.goals().stream().map(g -> MyPlanBean.goal(g, d.progress().getOrDefault(g.id(), List.of())))
                    .map(g -> g.description() + ": " + g.target() + " (" + g.status() + ")").toList());
            Map<String, String> names = new HashMap<>();
            careTeam.members(patient).forEach(m -> names.put(m.username(), m.displayName()));
            List<List<String>> rows = d.modalities().stream().map(m -> MyPlanBean.treatment(m, names))
                    .map(t -> List.of(t.discipline(), t.details(), t.frequency() == null ? "" : t.frequency(),
                            t.withWhom() == null ? "" : t.withWhom())).toList();
            if (rows.isEmpty()) {
                treatments.p("No treatments are planned yet.");
            } else {
                treatments.table("Your treatments", List.of("Kind of treatment", "What", "How often", "With whom"), rows);
            }
        }
        sections.add(new DocumentSection(SectionOrder.PLAN_GOALS, "Your goals", goals));
        sections.add(new DocumentSection(SectionOrder.PLAN_TREATMENTS, "Your treatments", treatments));
        sections.add(new DocumentSection(SectionOrder.PLAN_DIARY, "Your pain diary", new Xhtml()
                .p("Please write in your pain diary every day, in the patient area of the clinic's portal: your pain "
                        + "from 0 to 10, how you slept, how active you were and which medicines you took. Your team "
                        + "reads it before each visit.")));
        return sections;
    }
}
