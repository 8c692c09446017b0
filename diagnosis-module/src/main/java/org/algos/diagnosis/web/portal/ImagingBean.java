package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.imaging.FindingKind;
import org.algos.diagnosis.imaging.ImagingFinding;
import org.algos.diagnosis.imaging.ImagingFindings;
import org.algos.diagnosis.imaging.Modality;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.value.Laterality;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/** The chart's imaging findings; physicians add them from the report. */
@Named
@ViewScoped
public class ImagingBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("modality", "Modality", "studyDate", "Study date",
            "finding", "Finding", "levels", "Levels", "side", "Side", "reportText", "Report");

    /** A finding as a table row. */
    public record Row(long id, String studyDate, String modality, String finding, String levels, String side,
                      String report) implements Serializable {

        static Row of(ImagingFinding f) {
            return new Row(f.id(), Shown.date(f.studyDate()), f.modality().code(), f.finding().code(),
                    String.join(", ", f.levels()), f.side() == null ? "" : f.side().code(),
                    f.reportText() == null ? "" : f.reportText());
        }
    }

    @Inject
    private ImagingFindings findings;

    private List<Row> rows = List.of();
    private String modality;
    private LocalDate studyDate;
    private String finding;
    private String levels;
    private String side;
    private String report;

    @Override
    public String sectionName() {
        return "imaging";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        rows = findings.list(patient).stream().map(Row::of).toList();
    }

    public void add() {
        Long patientId = patientId();
        List<String> levelList = levels == null || levels.isBlank() ? List.of()
                : Arrays.stream(levels.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        boolean added = attempt(() -> findings.add(patientId, new ImagingFindings.Entry(modality,
                studyDate == null ? null : studyDate.toString(), finding, levelList, side, report)), FIELD_LABELS);
        if (added) {
            Messages.info("Imaging finding added.");
            modality = null;
            studyDate = null;
            finding = null;
            levels = null;
            side = null;
            report = null;
            reread();
        }
    }

    public boolean isMayAdd() {
        return user.isPhysician();
    }

    public List<String> getModalities() {
        return Arrays.stream(Modality.values()).map(Modality::code).toList();
    }

    public List<String> getFindingKinds() {
        return Arrays.stream(FindingKind.values()).map(FindingKind::code).toList();
    }

    public List<String> getSides() {
        return Arrays.stream(Laterality.values()).map(Laterality::code).toList();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(findings.count(patient));
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getModality() {
        return modality;
    }

    public void setModality(String modality) {
        this.modality = modality;
    }

    public LocalDate getStudyDate() {
        return studyDate;
    }

    public void setStudyDate(LocalDate studyDate) {
        this.studyDate = studyDate;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public String getLevels() {
        return levels;
    }

    public void setLevels(String levels) {
        this.levels = levels;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
