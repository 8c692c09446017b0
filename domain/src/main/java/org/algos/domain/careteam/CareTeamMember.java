package org.algos.domain.careteam;

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
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;
import org.algos.domain.user.Role;

/** A clinician's membership of one patient's care team: what grants access to the record. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_team_member")
public class CareTeamMember {

    @Id
    @SequenceGenerator(name = "care_team_member_seq", sequenceName = "care_team_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_team_member_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 20)
    private Role teamRole;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected CareTeamMember() {
    }

    public CareTeamMember(long patientId, String username, Role teamRole, LocalDateTime addedAt, String addedBy) {
        if (!teamRole.isClinician()) {
            throw new IllegalArgumentException("Only clinicians sit on a care team");
        }
        this.patientId = patientId;
        this.username = username;
        this.teamRole = teamRole;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String username() {
        return username;
    }

    public Role teamRole() {
        return teamRole;
    }

    public LocalDateTime addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
