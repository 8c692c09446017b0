package org.algos.diagnosis.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.persistence.ColumnLengthCheck;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;

/** A diagnostic block with the pain scores before and after and the relief they show. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "diagnostic_block")
public class DiagnosticBlock {

    @Id
    @SequenceGenerator(name = "diagnostic_block_seq", sequenceName = "diagnostic_block_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diagnostic_block_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "block_type", nullable = false, length = 40)
    private BlockType type;

    @Column(nullable = false, length = 40)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Laterality side;

    /** Segments joined by commas, e.g. "L4-L5,L5-S1". */
    @Column(length = 200)
    private String levels;

    @Column(nullable = false, length = 200)
    private String agent;

    @Column(name = "pain_before", nullable = false)
    private int painBefore;

    @Column(name = "pain_after", nullable = false)
    private int painAfter;

    @Column(name = "relief_percent", nullable = false)
    private double reliefPercent;

    @Column(nullable = false)
    private boolean positive;

    @Column(name = "performed_on", nullable = false)
    private LocalDate performedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected DiagnosticBlock() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public DiagnosticBlock(Long id, long patientId, BlockType type, String region, Laterality side, List<String> levels,
                           String agent, PainScore before, PainScore after, LocalDate performedOn, String recordedBy,
                           LocalDateTime recordedAt) {
        BlockRelief relief = BlockRelief.of(type, before, after);
        this.id = id;
        this.patientId = patientId;
        this.type = type;
        this.region = region;
        this.side = side;
        this.levels = String.join(",", levels);
        this.agent = agent;
        this.painBefore = before.value();
        this.painAfter = after.value();
        this.reliefPercent = relief.percent();
        this.positive = relief.positive();
        this.performedOn = performedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public DiagnosticBlockFact fact() {
        return new DiagnosticBlockFact(type.code(), region, side, levels(), reliefPercent, positive, performedOn);
    }

    public List<String> levels() {
        return levels == null || levels.isEmpty() ? List.of() : Arrays.asList(levels.split(","));
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public BlockType type() {
        return type;
    }

    public String region() {
        return region;
    }

    public Laterality side() {
        return side;
    }

    public String agent() {
        return agent;
    }

    public int painBefore() {
        return painBefore;
    }

    public int painAfter() {
        return painAfter;
    }

    public double reliefPercent() {
        return reliefPercent;
    }

    public boolean positive() {
        return positive;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
