package org.algos.web.fhir.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.algos.domain.persistence.ColumnLengthCheck;

/** One bulk export, from kick-off until its files expire. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "bulk_export_job")
public class BulkExportJob {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "request_url", nullable = false, length = 2000)
    private String requestUrl;

    @Column(name = "resource_types", nullable = false, length = 1000)
    private String resourceTypes;

    private LocalDateTime since;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BulkExportStatus status;

    @Column(name = "patients_total", nullable = false)
    private int patientsTotal;

    @Column(name = "patients_done", nullable = false)
    private int patientsDone;

    @Column(length = 2000)
    private String output;

    @Column(length = 1000)
    private String error;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Version
    private long version;

    protected BulkExportJob() {
    }

    BulkExportJob(String id, String requestedBy, LocalDateTime requestedAt, String requestUrl,
                  BulkExportRequest request) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.requestUrl = requestUrl;
        this.resourceTypes = String.join(",", request.types());
        this.since = request.since();
        this.status = BulkExportStatus.RUNNING;
    }

    void counted(int patients) {
        this.patientsTotal = patients;
    }

    void progressed(int patients) {
        this.patientsDone += patients;
    }

    void completed(Map<String, Integer> files, LocalDateTime now, Duration retention) {
        this.status = BulkExportStatus.COMPLETED;
        this.output = files.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        this.finishedAt = now;
        this.expiresAt = now.plus(retention);
    }

    void failed(String why, LocalDateTime now) {
        this.status = BulkExportStatus.FAILED;
        this.error = why.length() > 1000 ? why.substring(0, 1000) : why;
        this.finishedAt = now;
    }

    void cancelled(LocalDateTime now) {
        this.status = BulkExportStatus.CANCELLED;
        this.finishedAt = now;
    }

    void expired() {
        this.status = BulkExportStatus.EXPIRED;
    }

    public String id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    /** The manifest's {@code transactionTime}: what a later export's {@code _since} starts from. */
    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public String requestUrl() {
        return requestUrl;
    }

    public List<String> types() {
        return Arrays.asList(resourceTypes.split(","));
    }

    public LocalDateTime since() {
        return since;
    }

    public BulkExportStatus status() {
        return status;
    }

    public int patientsTotal() {
        return patientsTotal;
    }

    public int patientsDone() {
        return patientsDone;
    }

    /** The files written, type to number of resources, in the order of the types asked for. */
    public Map<String, Integer> files() {
        Map<String, Integer> files = new LinkedHashMap<>();
        if (output != null && !output.isEmpty()) {
            for (String file : output.split(",")) {
                int eq = file.indexOf('=');
                files.put(file.substring(0, eq), Integer.parseInt(file.substring(eq + 1)));
            }
        }
        return files;
    }

    public String error() {
        return error;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }
}
