package org.algos.diagnosis.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.value.Laterality;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's diagnostic blocks with their relief and result; the rule that made a block positive
 * or negative is shown as its tooltip. Physicians record blocks.
 */
@Named
@ViewScoped
public class BlocksBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("type", "Block", "region", "Region", "side", "Side",
            "levels", "Levels", "agent", "Agent", "painBefore", "Pain before", "painAfter", "Lowest pain after",
            "performedOn", "Performed on");

    /** A block as a table row; {@code rule} is the threshold's source. */
    public record Row(long id, String performedOn, String type, String region, String side, String levels,
                      String agent, int painBefore, int painAfter, String relief, boolean positive, String rule)
            implements Serializable {

        static Row of(DiagnosticBlock b) {
            return new Row(b.id(), Shown.date(b.performedOn()), b.type().label(), b.region(), b.side().code(),
                    String.join(", ", b.levels()), b.agent(), b.painBefore(), b.painAfter(),
                    Shown.number(b.reliefPercent()) + " %", b.positive(),
                    "Positive at ≥" + b.type().positiveAtPercent() + " % relief. " + b.type().thresholdSource());
        }

        public String result() {
            return positive ? "positive" : "negative";
        }
    }

    /** A block type for the chooser. */
    public record TypeChoice(String code, String label) implements Serializable {
    }

    @Inject
    private DiagnosticBlocks blocks;

    private List<Row> rows = List.of();
    private String type;
    private String region;
    private String side;
    private String levels;
    private String agent;
    private Integer painBefore;
    private Integer painAfter;
    private LocalDate performedOn;

    @Override
    public String sectionName() {
        return "blocks";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        rows = blocks.history(patient).stream().map(Row::of).toList();
    }

    public void add() {
        Long patientId = patientId();
        List<String> levelList = levels == null || levels.isBlank() ? List.of()
                : Arrays.stream(levels.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        boolean added = attempt(() -> blocks.record(patientId, new DiagnosticBlocks.Report(type, region, side,
                levelList, agent, painBefore, painAfter, performedOn == null ? null : performedOn.toString())),
                FIELD_LABELS);
        if (added) {
            Messages.info("Diagnostic block recorded.");
            type = null;
            region = null;
            side = null;
            levels = null;
            agent = null;
            painBefore = null;
            painAfter = null;
            performedOn = null;
            reread();
        }
    }

    public boolean isMayAdd() {
        return user.isPhysician();
    }

    public List<TypeChoice> getTypes() {
        return Arrays.stream(BlockType.values())
                .map(t -> new TypeChoice(t.name().toLowerCase(Locale.ROOT), t.label()))
                .toList();
    }

    public List<String> getSides() {
        return Arrays.stream(Laterality.values()).map(Laterality::code).toList();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(blocks.count(patient));
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getLevels() {
        return levels;
    }

    public void setLevels(String levels) {
        this.levels = levels;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }
}
