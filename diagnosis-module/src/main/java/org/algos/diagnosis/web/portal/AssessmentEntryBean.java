package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.InstrumentPermissions;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.diagnosis.instrument.Score;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.patient.Sex;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * Entry of one questionnaire: an answer control per item, the score recomputed on the server as
 * each answer changes (nothing is stored until Save), then stored through {@link Assessments}.
 */
@Named
@ViewScoped
public class AssessmentEntryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> BOTHERSOMENESS = List.of("Not at all", "Slightly", "Moderately", "Very much",
            "Extremely");

    /** An instrument the signed-in user may record, for choosers. */
    public record Choice(String code, String name) implements Serializable {
    }

    /** One allowed answer of an item. */
    public record Option(int value, String label) implements Serializable {
    }

    /** One item and the answer given so far (null while unanswered). */
    public static final class ItemAnswer implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final List<Option> options;
        private Integer value;

        ItemAnswer(String key, String label, List<Option> options) {
            this.key = key;
            this.label = label;
            this.options = options;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public List<Option> getOptions() {
            return options;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    /** A named subscale value as shown. */
    public record Subscale(String name, String value) implements Serializable {
    }

    /** The live score as shown beside the form. */
    public record ScoreView(boolean valid, String total, String percent, String band, List<Subscale> subscales,
                            List<String> alerts, String message) implements Serializable {

        static ScoreView of(Score score) {
            List<Subscale> subscales = new ArrayList<>();
            score.subscales().forEach((name, value) -> subscales.add(new Subscale(name, Shown.number(value))));
            return new ScoreView(score.valid(), score.valid() ? Shown.number(score.total()) : "",
                    score.percent() == null ? null : Shown.number(score.percent()), score.band(),
                    List.copyOf(subscales), List.copyOf(score.alerts()), score.message());
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private Assessments assessments;

    @Inject
    private PortalUser user;

    private Long patientId;
    private String instrumentCode;
    private String patientName;
    private Sex sex;
    private String instrumentName;
    private String instrumentSource;
    private String mcidText;
    private boolean ready;
    private List<ItemAnswer> items = List.of();
    private ScoreView score;

    /** The instruments a role may record, in catalogue order. */
    public static List<Choice> recordableBy(Role role) {
        return InstrumentCatalogue.all().stream()
                .filter(i -> InstrumentPermissions.mayRecord(role, i.code()))
                .map(i -> new Choice(i.code(), i.name()))
                .toList();
    }

    public void load() {
        if (patientId == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        try {
            Patient patient = patients.open(patientId).patient();
            patientName = PatientRow.of(patient).name();
            sex = patient.sex();
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
            return;
        }
        Optional<Instrument> found = InstrumentCatalogue.find(instrumentCode);
        if (found.isEmpty()) {
            if (instrumentCode != null && !instrumentCode.isBlank()) {
                Messages.error("There is no questionnaire " + instrumentCode + ". Choose one below.");
            }
            return;
        }
        Instrument instrument = found.get();
        instrumentCode = instrument.code();
        if (!InstrumentPermissions.mayRecord(user.getRoleValue(), instrument.code())) {
            Messages.error("A " + user.getRole() + " does not record " + instrument.code() + ". Choose another below.");
            return;
        }
        instrumentName = instrument.name();
        instrumentSource = instrument.source();
        mcidText = instrument.mcid().map(m -> "Minimal clinically important difference (MCID): " + m.source()).orElse(null);
        items = instrument.items().stream()
                .map(item -> new ItemAnswer(item.key(), item.label(), options(instrument.code(), item)))
                .toList();
        ready = true;
        rescore();
    }

    /** Answer labels: yes/no for 0–1 items (agree/disagree on STarT Back), words for its bothersomeness item. */
    static List<Option> options(String instrumentCode, Item item) {
        boolean startBack = "STARTBACK".equals(instrumentCode);
        if (item.min() == 0 && item.max() == 1) {
            return startBack ? List.of(new Option(0, "Disagree"), new Option(1, "Agree"))
                    : List.of(new Option(0, "No"), new Option(1, "Yes"));
        }
        List<Option> options = new ArrayList<>();
        for (int value = item.min(); value <= item.max(); value++) {
            boolean words = startBack && item.min() == 0 && item.max() == BOTHERSOMENESS.size() - 1;
            options.add(new Option(value, words ? BOTHERSOMENESS.get(value) : String.valueOf(value)));
        }
        return List.copyOf(options);
    }

    /** Scores the answers given so far; stores nothing. */
    public void rescore() {
        Optional<Instrument> instrument = InstrumentCatalogue.find(instrumentCode);
        if (!ready || instrument.isEmpty()) {
            return;
        }
        try {
            score = ScoreView.of(instrument.get().score(new Answers(answers(), sex)));
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    public String save() {
        if (!ready) {
            return null;
        }
        Map<String, Integer> answers = answers();
        if (answers.isEmpty()) {
            Messages.error("Answer at least one item before saving.");
            return null;
        }
        try {
            Assessment saved = assessments.record(patientId, instrumentCode, answers, null);
            String result = saved.valid()
                    ? Shown.number(saved.percent() == null ? saved.total() : saved.percent())
                            + (saved.percent() == null ? "" : " %") + (saved.band() == null ? "" : " (" + saved.band() + ")")
                    : "incomplete";
            if (user.isPatient()) {
                Messages.infoAfterRedirect("Thank you. Your " + instrumentName + " answers are saved, and your care team"
                        + " will see them.");
                return "/app/me?faces-redirect=true";
            }
            Messages.infoAfterRedirect(instrumentCode + " saved: " + result + ".");
            return "/app/patient?faces-redirect=true&id=" + patientId;
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
            return null;
        }
    }

    private Map<String, Integer> answers() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (ItemAnswer item : items) {
            if (item.getValue() != null) {
                answers.put(item.getKey(), item.getValue());
            }
        }
        return answers;
    }

    /**
     * What a patient reads instead of the clinical safety alert when an answer raised one (PHQ-9
     * item 9): the team is told through the chart's alert; the patient is told so calmly and where
     * to turn if they are not safe now.
     */
    public String getPatientSafetyMessage() {
        return "Thank you for answering this honestly. When you save, your care team will see this answer and"
                + " follow it up with you. If you feel you might act on thoughts of harming yourself, or you are not"
                + " safe right now, call your local emergency number or go to the nearest emergency department.";
    }

    public List<Choice> getChoices() {
        return recordableBy(user.getRoleValue());
    }

    public int getAnsweredCount() {
        return (int) items.stream().filter(i -> i.getValue() != null).count();
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public void setInstrumentCode(String instrumentCode) {
        this.instrumentCode = instrumentCode;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getInstrumentName() {
        return instrumentName;
    }

    public String getInstrumentSource() {
        return instrumentSource;
    }

    public String getMcidText() {
        return mcidText;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isPatientLoaded() {
        return patientName != null;
    }

    public List<ItemAnswer> getItems() {
        return items;
    }

    public ScoreView getScore() {
        return score;
    }
}
