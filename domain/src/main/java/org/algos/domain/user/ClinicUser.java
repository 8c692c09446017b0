package org.algos.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A person who signs in to Algos: a clinician with a discipline, a patient linked to their own
 * record, an administrator or an auditor. Credentials live with the sign-in mechanism, not here,
 * so single sign-on can replace them.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "clinic_user")
public class ClinicUser {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected ClinicUser() {
    }

    private ClinicUser(String username, String displayName, Role role, Long patientId, LocalDateTime createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.patientId = patientId;
        this.active = true;
        this.createdAt = createdAt;
    }

    public static ClinicUser staff(String username, String displayName, Role role, LocalDateTime now) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("A patient account is linked to a patient record");
        }
        return new ClinicUser(username, displayName, role, null, now);
    }

    public static ClinicUser patient(String username, String displayName, long patientId, LocalDateTime now) {
        return new ClinicUser(username, displayName, Role.PATIENT, patientId, now);
    }

    /** Links a patient account to its record (or to another, correcting a mistake). */
    public void linkTo(long record) {
        requirePatientAccount();
        patientId = record;
    }

    /** Unlinks a patient account: it signs in to no record until it is linked again. */
    public void unlink() {
        requirePatientAccount();
        patientId = null;
    }

    private void requirePatientAccount() {
        if (role != Role.PATIENT) {
            throw new IllegalArgumentException("Only a patient account is linked to a record");
        }
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /**
     * With single sign-on the identity provider is the authority on a staff member's role. A patient
     * profile belongs to a record, so it never becomes a staff profile, nor the other way round.
     */
    public void changeStaffRole(Role newRole) {
        if (role == Role.PATIENT || newRole == Role.PATIENT) {
            throw new IllegalArgumentException("A patient profile and a staff profile are kept apart");
        }
        role = Objects.requireNonNull(newRole);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** For a patient account, the record it belongs to. */
    public Long patientId() {
        return patientId;
    }

    public boolean isActive() {
        return active;
    }
}
