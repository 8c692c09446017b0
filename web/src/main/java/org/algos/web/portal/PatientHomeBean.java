package org.algos.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.diary.PainDiary;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.PatientEducation;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.assessment.ScoreExplanation;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;

/**
 * The patient's home: the questionnaires the team asked for, today's diary, and the reading the
 * team gave, each with the way to it.
 */
@Named
@ViewScoped
public class PatientHomeBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    /** A questionnaire to fill in. */
    public record Questionnaire(long id, String code, String name, String about, String dueOn, boolean overdue)
            implements Serializable {
    }

    /** A text to read. */
    public record Reading(long id, String title, int minutes) implements Serializable {
    }

    @Inject
    private Assessments assessments;

    @Inject
    private PainDiary diary;

    @Inject
    private PatientEducation education;

    @Inject
    private Clock clock;

    private Long patientId;
    private List<Questionnaire> questionnaires = List.of();
    private Integer todaysPain;
    private List<Reading> unread = List.of();

    @PostConstruct
    void load() {
        patientId = ownPatientId();
        if (patientId == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ChartSection.attempt(() -> questionnaires = assessments.openAssignments(patientId).stream()
                .map(q -> questionnaire(q, today)).toList());
        ChartSection.attempt(() -> {
            List<DiaryEntry> latest = diary.read(patientId, 0, 1).items();
            todaysPain = latest.isEmpty() || !latest.get(0).day().equals(today) ? null : latest.get(0).pain();
        });
        ChartSection.attempt(() -> unread = education.list(patientId).stream().filter(e -> !e.isRead())
                .map(PatientHomeBean::reading).toList());
    }

    private static Questionnaire questionnaire(QuestionnaireAssignment q, LocalDate today) {
        String name = InstrumentCatalogue.find(q.instrument()).map(i -> i.name()).orElse(q.instrument());
        return new Questionnaire(q.id(), q.instrument(), name, ScoreExplanation.measures(q.instrument()),
                Shown.date(q.dueOn()), q.dueOn().isBefore(today));
    }

    private static Reading reading(EducationAssignment e) {
        return new Reading(e.id(), e.topic().title(), e.topic().minutes());
    }

    public Long getPatientId() {
        return patientId;
    }

    public List<Questionnaire> getQuestionnaires() {
        return questionnaires;
    }

    public boolean isWrittenToday() {
        return todaysPain != null;
    }

    public Integer getTodaysPain() {
        return todaysPain;
    }

    public List<Reading> getUnread() {
        return unread;
    }

    public String getFirstName() {
        String name = user.getDisplayName();
        return name == null ? "" : name.split(" ")[0];
    }
}
