package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.diagnosis.DiagnosisCode;
import org.algos.diagnosis.diagnosis.DiagnosisCodeList;
import org.algos.diagnosis.diagnosis.DiagnosisStatus;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's coded diagnoses; physicians add them from the clinic's code list and mark them
 * active, resolved or ruled out.
 */
@Named
@ViewScoped
public class DiagnosesBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;
    private static final String SEPARATOR = " · ";
    private static final Map<String, String> FIELD_LABELS = Map.of("code", "Diagnosis", "system", "Diagnosis",
            "onsetDate", "Onset");

    /** A diagnosis as a table row. */
    public record Row(long id, String system, String code, String title, boolean primary, String onset, String status,
                      long version) implements Serializable {

        static Row of(Diagnosis d) {
            return new Row(d.id(), d.system(), d.code(), d.title(), d.primary(), Shown.date(d.onsetDate()),
                    d.status().code(), d.version());
        }
    }

    private static final List<String> STATUSES = Arrays.stream(DiagnosisStatus.values()).map(DiagnosisStatus::code)
            .toList();

    @Inject
    private Diagnoses diagnoses;

    private List<Row> rows = List.of();
    /** The status chosen in each row's menu, by diagnosis id. */
    private final Map<Long, String> statusChoice = new HashMap<>();
    private String codeChoice;
    private boolean primary;
    private LocalDate onset;

    @Override
    public String sectionName() {
        return "diagnoses";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        rows = diagnoses.list(patient).stream().map(Row::of).toList();
        statusChoice.clear();
        rows.forEach(row -> statusChoice.put(row.id(), row.status()));
    }

    /** Saves the status chosen for a row; a change made meanwhile by someone else is refused, then shown. */
    public void changeStatus(Row row) {
        String chosen = statusChoice.get(row.id());
        if (chosen == null || chosen.equals(row.status())) {
            return;
        }
        boolean changed = attempt(() -> diagnoses.changeStatus(patientId(), row.id(), row.version(), chosen),
                Map.of("status", "Status"));
        if (changed) {
            Messages.info(row.system() + " " + row.code() + " is now " + chosen + ".");
        }
        reread();
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public Map<Long, String> getStatusChoice() {
        return statusChoice;
    }

    /** Suggestions for the pick-list, as "system · code · title". */
    public List<String> complete(String text) {
        return DiagnosisCodeList.search(text, SUGGESTIONS).stream().map(DiagnosesBean::choice).toList();
    }

    static String choice(DiagnosisCode code) {
        return code.system() + SEPARATOR + code.code() + SEPARATOR + code.title();
    }

    public void add() {
        String[] parts = codeChoice == null ? new String[0] : codeChoice.split(SEPARATOR, 3);
        if (parts.length < 2) {
            Messages.error("Diagnosis: choose a code from the list.");
            return;
        }
        Long patientId = patientId();
        boolean added = attempt(() -> diagnoses.add(patientId, parts[0], parts[1], primary,
                onset == null ? null : onset.toString()), FIELD_LABELS);
        if (added) {
            Messages.info(parts[0] + " " + parts[1] + " added" + (primary ? " as the primary diagnosis." : "."));
            codeChoice = null;
            primary = false;
            onset = null;
            reread();
        }
    }

    public boolean isMayAdd() {
        return user.isPhysician();
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(diagnoses.count(patient));
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getCodeChoice() {
        return codeChoice;
    }

    public void setCodeChoice(String codeChoice) {
        this.codeChoice = codeChoice;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public LocalDate getOnset() {
        return onset;
    }

    public void setOnset(LocalDate onset) {
        this.onset = onset;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
