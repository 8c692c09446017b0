package org.algos.diagnosis.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.Score;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A completed instrument, scored on the server when it was stored. The answers are kept as
 * given, so the score can always be recomputed and checked.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "assessment")
public class Assessment {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 20)
    private String instrument;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    /** The answers as a JSON object of item key to value. */
    @Column(nullable = false, length = 2000)
    private String answers;

    @Column(nullable = false)
    private double total;

    @Column(name = "percent_score")
    private Double percent;

    @Column(length = 60)
    private String band;

    /** Subscales as a JSON object of name to value. */
    @Column(length = 500)
    private String subscales;

    /** Alerts as a JSON array of messages. */
    @Column(length = 2000)
    private String alerts;

    @Column(nullable = false)
    private boolean valid;

    @Column(length = 1000)
    private String message;

    /** The number trends compare; null when the score is invalid. */
    @Column(name = "change_metric")
    private Double changeMetric;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Assessment() {
    }

    /** {@code id} is the one drawn for the audit event ({@code NewIds}), or null to draw one when persisted. */
    public Assessment(Long id, long patientId, Instrument instrument, Answers given, Score score, LocalDateTime takenAt,
                      String recordedBy, LocalDateTime recordedAt) {
        this.id = id;
        this.patientId = patientId;
        this.instrument = instrument.code();
        this.takenAt = takenAt;
        JsonObjectBuilder a = Json.createObjectBuilder();
        given.values().forEach((k, v) -> {
            if (v == null) {
                a.addNull(k);
            } else {
                a.add(k, v);
            }
        });
        this.answers = a.build().toString();
        this.total = score.total();
        this.percent = score.percent();
        this.band = score.band();
        JsonObjectBuilder s = Json.createObjectBuilder();
        score.subscales().forEach(s::add);
        this.subscales = s.build().toString();
        JsonArrayBuilder al = Json.createArrayBuilder();
        score.alerts().forEach(al::add);
        this.alerts = al.build().toString();
        this.valid = score.valid();
        this.message = score.message();
        this.changeMetric = score.valid() ? instrument.changeMetric(score) : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Map<String, Integer> answers() {
        Map<String, Integer> values = new LinkedHashMap<>();
        read(answers).asJsonObject().forEach((k, v) -> values.put(k,
                v.getValueType() == JsonValue.ValueType.NUMBER ? ((jakarta.json.JsonNumber) v).intValue() : null));
        return values;
    }

    public Map<String, Double> subscales() {
        Map<String, Double> values = new LinkedHashMap<>();
        read(subscales).asJsonObject().forEach((k, v) -> values.put(k, ((jakarta.json.JsonNumber) v).doubleValue()));
        return values;
    }

    public List<String> alerts() {
        return read(alerts).asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "{}" : json))) {
            return reader.readValue();
        }
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String instrument() {
        return instrument;
    }

    public LocalDateTime takenAt() {
        return takenAt;
    }

    public double total() {
        return total;
    }

    public Double percent() {
        return percent;
    }

    public String band() {
        return band;
    }

    public boolean valid() {
        return valid;
    }

    public String message() {
        return message;
    }

    public Double changeMetric() {
        return changeMetric;
    }

    public String recordedBy() {
        return recordedBy;
    }

}
