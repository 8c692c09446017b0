package org.algos.diagnosis.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;

/**
 * The structured pain assessment: NRS now, worst and average, pain type, onset, what makes it
 * worse or better, and regions marked on the body map, each with its side and intensity.
 */
@Named
@ViewScoped
public class PainEntryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of(
            "nrsNow", "Pain now", "nrsWorst", "Worst pain", "nrsAverage", "Average pain", "painType", "Pain type",
            "onsetDate", "Onset", "aggravating", "Makes it worse", "relieving", "Makes it better");

    /** A region marked on the body map, with the side and intensity the user gives it. */
    public static final class MarkRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String region;
        private String side;
        private Integer intensity;

        MarkRow(String region, String side) {
            this.region = region;
            this.side = side;
        }

        public String getRegion() {
            return region;
        }

        public String getRegionLabel() {
            return regionOf(region).map(BodyRegion::label).orElse(region);
        }

        public String getSide() {
            return side;
        }

        public void setSide(String side) {
            this.side = side;
        }

        public Integer getIntensity() {
            return intensity;
        }

        public void setIntensity(Integer intensity) {
            this.intensity = intensity;
        }

        boolean covers(BodyMapShape shape) {
            if (!region.equals(shape.region().code())) {
                return false;
            }
            Laterality marked = lateralityOf(side);
            return shape.side() == Laterality.MIDLINE || marked == null || marked.covers(shape.side())
                    || marked == Laterality.MIDLINE;
        }
    }

    /** A choice of a code and its label. */
    public record Choice(String code, String label) implements Serializable {
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private PainAssessments painAssessments;

    private Long patientId;
    private String patientName;
    private Integer nrsNow;
    private Integer nrsWorst;
    private Integer nrsAverage;
    private String painType;
    private LocalDate onset;
    private String aggravating;
    private String relieving;
    private final List<MarkRow> marks = new ArrayList<>();

    public void load() {
        if (patientId == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        try {
            patientName = PatientRow.of(patients.open(patientId).patient()).name();
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    /**
     * Toggles the shape named by the request parameters {@code region} and {@code side}: a
     * region already marked on that side is unmarked (a bilateral mark keeps the other side);
     * otherwise it is added on that side.
     */
    public void toggleRegion() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<BodyMapShape> shape = shapeOf(params.get("view"), params.get("region"), params.get("side"));
        if (shape.isEmpty()) {
            return;
        }
        BodyMapShape s = shape.get();
        Optional<MarkRow> existing = marks.stream().filter(m -> m.covers(s)).findFirst();
        if (existing.isEmpty()) {
            marks.add(new MarkRow(s.region().code(), s.side().code()));
        } else if (Laterality.BILATERAL.code().equals(existing.get().getSide()) && s.side() != Laterality.MIDLINE) {
            existing.get().setSide(s.side() == Laterality.LEFT ? Laterality.RIGHT.code() : Laterality.LEFT.code());
        } else {
            marks.remove(existing.get());
        }
    }

    public void removeMark(MarkRow mark) {
        marks.remove(mark);
    }

    public boolean isMarked(BodyMapShape shape) {
        return marks.stream().anyMatch(m -> m.covers(shape));
    }

    public String save() {
        List<PainAssessments.Mark> bodyMap = marks.stream()
                .map(m -> new PainAssessments.Mark(m.getRegion(), m.getSide(), m.getIntensity()))
                .toList();
        try {
            painAssessments.record(patientId, new PainAssessments.Entry(nrsNow, nrsWorst, nrsAverage, painType,
                    onset == null ? null : onset.toString(), aggravating, relieving, bodyMap));
            Messages.infoAfterRedirect("Pain assessment saved: average pain " + nrsAverage + "/10"
                    + (marks.isEmpty() ? "" : ", " + marks.size() + (marks.size() == 1 ? " region" : " regions")) + ".");
            return "/app/patient?faces-redirect=true&id=" + patientId;
        } catch (RuntimeException e) {
            if (!Messages.report(e, markLabels())) {
                throw e;
            }
            return null;
        }
    }

    /** Field labels, with each mark's errors named by its region as the table shows it. */
    private Map<String, String> markLabels() {
        Map<String, String> labels = new HashMap<>(FIELD_LABELS);
        for (int i = 0; i < marks.size(); i++) {
            String region = marks.get(i).getRegionLabel();
            labels.put("bodyMap[" + i + "].intensity", region + ", intensity");
            labels.put("bodyMap[" + i + "].side", region + ", side");
            labels.put("bodyMap[" + i + "].region", region);
        }
        return labels;
    }

    private static Optional<BodyMapShape> shapeOf(String view, String region, String side) {
        List<BodyMapShape> shapes = BodyMapShape.BACK.equals(view) ? BodyMapShape.backView() : BodyMapShape.frontView();
        return shapes.stream()
                .filter(s -> s.region().code().equals(region) && s.side().code().equals(side))
                .findFirst();
    }

    static Optional<BodyRegion> regionOf(String code) {
        return Arrays.stream(BodyRegion.values()).filter(r -> r.code().equals(code)).findFirst();
    }

    static Laterality lateralityOf(String code) {
        return Arrays.stream(Laterality.values()).filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    public List<BodyMapShape> getFrontShapes() {
        return BodyMapShape.frontView();
    }

    public List<BodyMapShape> getBackShapes() {
        return BodyMapShape.backView();
    }

    public List<Choice> getPainTypes() {
        return Arrays.stream(PainType.values()).map(t -> new Choice(t.code(), t.code())).toList();
    }

    public List<Choice> getSides() {
        return Arrays.stream(Laterality.values()).map(l -> new Choice(l.code(), l.code())).toList();
    }

    public List<Integer> getNrsValues() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public List<MarkRow> getMarks() {
        return marks;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public Integer getNrsNow() {
        return nrsNow;
    }

    public void setNrsNow(Integer nrsNow) {
        this.nrsNow = nrsNow;
    }

    public Integer getNrsWorst() {
        return nrsWorst;
    }

    public void setNrsWorst(Integer nrsWorst) {
        this.nrsWorst = nrsWorst;
    }

    public Integer getNrsAverage() {
        return nrsAverage;
    }

    public void setNrsAverage(Integer nrsAverage) {
        this.nrsAverage = nrsAverage;
    }

    public String getPainType() {
        return painType;
    }

    public void setPainType(String painType) {
        this.painType = painType;
    }

    public LocalDate getOnset() {
        return onset;
    }

    public void setOnset(LocalDate onset) {
        this.onset = onset;
    }

    public String getAggravating() {
        return aggravating;
    }

    public void setAggravating(String aggravating) {
        this.aggravating = aggravating;
    }

    public String getRelieving() {
        return relieving;
    }

    public void setRelieving(String relieving) {
        this.relieving = relieving;
    }
}
