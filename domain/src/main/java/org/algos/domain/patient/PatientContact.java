package org.algos.domain.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * How the clinic may reach a patient by e-mail: the address, and whether the patient agreed to
 * reminders that way. Consent is never assumed: without a row, or with {@code emailReminders}
 * false, nothing is sent.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "patient_contact")
public class PatientContact {

    /** Long enough for any address RFC 5321 lets through (a path of at most 256 octets). */
    public static final int MAX_EMAIL = 254;

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Column(length = MAX_EMAIL)
    private String email;

    @Column(name = "email_reminders", nullable = false)
    private boolean emailReminders;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected PatientContact() {
    }

    PatientContact(long patientId) {
        this.patientId = patientId;
    }

    void change(String email, boolean emailReminders, String by, LocalDateTime at) {
        this.email = email;
        this.emailReminders = emailReminders;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** True when a reminder may be sent: an address and the patient's consent. */
    public boolean mayEmail() {
        return emailReminders && email != null;
    }

    public long patientId() {
        return patientId;
    }

    public String email() {
        return email;
    }

    public boolean emailReminders() {
        return emailReminders;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
