package org.algos.careplan.web.fhir;

import java.util.List;
import java.util.Locale;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.CarePlans.Detail;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.careplan.plan.TaskStatus;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A care plan as a US Core CarePlan ({@code CarePlan/<id>}, category {@code assess-plan}, intent
 * {@code plan}) with a generated narrative. Its team is {@code CareTeam/<patient id>}, its goals
 * {@code Goal/<goal id>}; each modality is an activity of kind ServiceRequest (a treatment the
 * team delivers) and each team task one of kind Task, performed by the clinician responsible.
 * A patient reading their plan gets no tasks (the team's working list), as in the portal.
 */
final class CarePlanMapping {

    static final String CAREPLAN_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
    static final String MODALITIES = Fhir.ALGOS_CODES + "care-modality";

    private CarePlanMapping() {
    }

    static org.hl7.fhir.r4.model.CarePlan toFhir(Detail detail) {
        CarePlan plan = detail.plan();
        org.hl7.fhir.r4.model.CarePlan c = new org.hl7.fhir.r4.model.CarePlan();
        c.setId("CarePlan/" + plan.id());
        c.getMeta().addProfile(CareFhir.US_CORE_CARE_PLAN).setVersionId(Long.toString(plan.version()));
        c.setStatus(status(plan.status()));
        c.setIntent(CarePlanIntent.PLAN);
        c.addCategory(CareFhir.concept(CAREPLAN_CATEGORY, "assess-plan", "Assessment and Plan of Treatment"));
        c.setTitle(plan.title());
        if (!plan.problems().isEmpty()) {
            c.setDescription("Problems: " + String.join("; ", plan.problems()));
        }
        c.setSubject(Fhir.patientReference(plan.patientId()));
        Period period = new Period().setStartElement(CareFhir.utc(plan.createdAt()));
        if (!plan.status().isOpen()) {
            // A closed plan no longer changes, so its last revision is its closing.
            period.setEndElement(CareFhir.utc(plan.updatedAt()));
        }
        c.setPeriod(period);
        c.setCreatedElement(CareFhir.utc(plan.createdAt()));
        c.setAuthor(Practitioners.reference(plan.owner(), null));
        c.addCareTeam(new Reference("CareTeam/" + plan.patientId()));
        detail.goals().forEach(g -> c.addGoal(new Reference("Goal/" + g.id()).setDisplay(g.description())));
        detail.modalities().forEach(m -> c.addActivity().setDetail(activity(m)));
        List<CarePlanTask> tasks = detail.tasks() == null ? List.of() : detail.tasks();
        tasks.forEach(t -> c.addActivity().setDetail(activity(t)));
        c.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED));
        c.getText().setDivAsString(narrative(detail, tasks));
        return c;
    }

    static org.hl7.fhir.r4.model.CarePlan.CarePlanStatus status(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.DRAFT;
            case ACTIVE -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ACTIVE;
            case COMPLETED -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.COMPLETED;
            case DISCONTINUED -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.REVOKED;
        };
    }

    private static CarePlanActivityDetailComponent activity(CarePlanModality m) {
        String discipline = words(m.discipline().name());
        CarePlanActivityDetailComponent d = new CarePlanActivityDetailComponent()
                .setKind(CarePlanActivityKind.SERVICEREQUEST)
                .setCode(CareFhir.concept(MODALITIES, m.discipline().name(), discipline).setText(discipline))
                .setStatus(status(m.status()))
                .setScheduled(new StringType(m.frequency()))
                .setDescription(m.details() == null ? discipline + ", " + m.frequency()
                        : discipline + ": " + m.details() + " (" + m.frequency() + ")");
        d.addPerformer(Practitioners.reference(m.responsible(), null));
        return d;
    }

    private static CarePlanActivityDetailComponent activity(CarePlanTask t) {
        CarePlanActivityDetailComponent d = new CarePlanActivityDetailComponent()
                .setKind(CarePlanActivityKind.TASK)
                .setCode(new CodeableConcept().setText("Care team task"))
                .setStatus(t.status() == TaskStatus.DONE ? CarePlanActivityStatus.COMPLETED
                        : CarePlanActivityStatus.NOTSTARTED)
                .setScheduled(new Period().setEndElement(CareFhir.day(t.dueDate())))
                .setDescription(t.title());
        d.addPerformer(Practitioners.reference(t.assignee(), null));
        return d;
    }

    static CarePlanActivityStatus status(ModalityStatus status) {
        return switch (status) {
            case PLANNED -> CarePlanActivityStatus.NOTSTARTED;
            case ACTIVE -> CarePlanActivityStatus.INPROGRESS;
            case ON_HOLD -> CarePlanActivityStatus.ONHOLD;
            case COMPLETED -> CarePlanActivityStatus.COMPLETED;
            case STOPPED -> CarePlanActivityStatus.STOPPED;
        };
    }

    private static String narrative(Detail detail, List<CarePlanTask> tasks) {
        CarePlan plan = detail.plan();
        StringBuilder html = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        html.append("<p><b>").append(escaped(plan.title())).append("</b> (").append(plan.status().code())
                .append(")</p>");
        list(html, "Problems", plan.problems());
        list(html, "Goals", detail.goals().stream().map(g -> g.description() + " (" + g.status().code()
                + ", target " + g.targetValue() + " by " + g.targetDate() + ")").toList());
        list(html, "Treatments", detail.modalities().stream().map(m -> words(m.discipline().name()) + ", "
                + m.frequency() + " (" + m.status().code() + ")").toList());
        list(html, "Team tasks", tasks.stream().map(t -> t.title() + " (due " + t.dueDate() + ", "
                + t.status().code() + ")").toList());
        return html.append("</div>").toString();
    }

    private static void list(StringBuilder html, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<p>").append(heading).append(":</p><ul>");
        items.forEach(item -> html.append("<li>").append(escaped(item)).append("</li>"));
        html.append("</ul>");
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** PHYSIOTHERAPY as "Physiotherapy"; CBT stays an acronym. */
    static String words(String constant) {
        if ("CBT".equals(constant)) {
            return "CBT";
        }
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
