package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.EducationTopic;
import org.algos.careplan.education.PatientEducation;
import org.algos.careplan.preference.DecisionPreferences;
import org.algos.careplan.preference.PatientPreferences;
import org.algos.careplan.preference.TreatmentToAvoid;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.web.portal.AssessmentEntryBean;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's view of the patient's self-service: questionnaires the patient still has to fill in
 * (and asking for one), the education texts given and whether they were read (and giving one),
 * and what the patient stated for shared decisions.
 */
@Named
@ViewScoped
public class ChartSelfServiceBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("instrument", "Questionnaire", "dueOn", "Due by",
            "topic", "Text", "note", "Note to the patient");

    /** An open questionnaire request. */
    public record Request(String instrument, String name, String dueOn, String assignedBy, boolean overdue)
            implements Serializable {
    }

    /** A text given to the patient. */
    public record Given(String code, String title, String givenBy, String givenOn, String read)
            implements Serializable {
    }

    /** The patient's statement for decisions, as the team reads it. */
    public record Stated(String involvement, String avoid, String treatmentWishes, String whatMatters,
                         String contact, String updatedAt) implements Serializable {
    }

    @Inject
    private Assessments assessments;

    @Inject
    private PatientEducation education;

    @Inject
    private EducationLibrary library;

    @Inject
    private PatientPreferences preferences;

    @Inject
    private Clock clock;

    private List<Request> requests = List.of();
    private List<Given> given = List.of();
    private List<EducationTopic> textChoices;
    private Stated stated;
    private String instrument;
    private LocalDate dueOn;
    private String topic;
    private String note;

    @Override
    public String sectionName() {
        return "self-service";
    }

    /** The team's view of what the patient was asked and given; patients have their own area. */
    @Override
    public boolean isShown() {
        return !user.isPatient();
    }

    @Override
    public void read(AuthorizedPatient patient) {
        LocalDate today = LocalDate.now(clock);
        requests = assessments.openAssignments(patient).stream()
                .map(q -> new Request(q.instrument(), InstrumentCatalogue.find(q.instrument()).map(i -> i.name())
                        .orElse(q.instrument()), Shown.date(q.dueOn()), q.assignedBy(), q.dueOn().isBefore(today)))
                .toList();
        given = education.list(patient).stream().map(ChartSelfServiceBean::given).toList();
        textChoices = null;
        stated = preferences.read(patient).map(ChartSelfServiceBean::stated).orElse(null);
    }

    private static Given given(EducationAssignment a) {
        return new Given(a.topicCode(), a.topic().title(), a.assignedBy(), Shown.date(a.assignedAt().toLocalDate()),
                a.isRead() ? "read " + Shown.date(a.readAt().toLocalDate()) : "not read yet");
    }

    static Stated stated(DecisionPreferences p) {
        String avoid = String.join("; ", p.avoid().stream().map(TreatmentToAvoid::label).toList());
        String contact = p.preferredContact() == null ? "" : p.preferredContact().label();
        if (p.contactNotes() != null) {
            contact = contact.isEmpty() ? p.contactNotes() : contact + " (" + p.contactNotes() + ")";
        }
        return new Stated(p.involvement() == null ? "" : p.involvement().statement(), avoid,
                Optional.ofNullable(p.treatmentWishes()).orElse(""), Optional.ofNullable(p.whatMatters()).orElse(""),
                contact, Shown.dateTime(p.updatedAt()));
    }

    public void requestQuestionnaire() {
        Long patientId = patientId();
        if (instrument == null || instrument.isBlank()) {
            Messages.error("Questionnaire: choose one.");
            return;
        }
        if (attempt(() -> assessments.assign(patientId, instrument, dueOn), FIELD_LABELS)) {
            Messages.info(instrument + " requested from the patient, due " + Shown.date(dueOn) + ".");
            instrument = null;
            dueOn = null;
            reread();
        }
    }

    public void giveText() {
        Long patientId = patientId();
        if (topic == null || topic.isBlank()) {
            Messages.error("Text: choose one.");
            return;
        }
        String title = library.assignable(topic).map(EducationTopic::title).orElse(topic);
        if (attempt(() -> education.assign(patientId, topic, note), FIELD_LABELS)) {
            Messages.info("\"" + title + "\" given to the patient.");
            topic = null;
            note = null;
            reread();
        }
    }

    /** Questionnaires a patient fills in themself. */
    public List<AssessmentEntryBean.Choice> getQuestionnaireChoices() {
        return AssessmentEntryBean.recordableBy(Role.PATIENT);
    }

    /** Texts that can be given (shipped, or the clinic's approved ones) and were not yet given to this patient. */
    public List<EducationTopic> getTextChoices() {
        if (textChoices == null) {
            textChoices = library.assignable().stream()
                    .filter(t -> given.stream().noneMatch(g -> g.code().equals(t.code()))).toList();
        }
        return textChoices;
    }

    /** Clinicians on the team ask for questionnaires and give texts; administrators only read. */
    public boolean isMayAssign() {
        return user.isClinician();
    }

    /** Whether the page shows the section: on a chart that is open, for the team. */
    public boolean isVisible() {
        return patientId() != null && !user.isPatient();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<Request> getRequests() {
        return requests;
    }

    public List<Given> getGiven() {
        return given;
    }

    public Stated getStated() {
        return stated;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
