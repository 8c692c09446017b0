package org.algos.careplan.conference;

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
import org.algos.domain.persistence.ColumnLengthCheck;
import org.algos.domain.user.Role;

/** What one discipline (physician, nurse, physiotherapist, psychologist) brought to a case conference. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "case_conference_input")
public class CaseConferenceInput {

    @Id
    @SequenceGenerator(name = "case_conference_input_seq", sequenceName = "case_conference_input_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_conference_input_seq")
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private long conferenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role discipline;

    @Column(name = "input_text", nullable = false, length = 4000)
    private String text;

    protected CaseConferenceInput() {
    }

    public CaseConferenceInput(CaseConference conference, Role discipline, String text) {
        if (!discipline.isClinician()) {
            throw new IllegalArgumentException("Only clinical disciplines give input");
        }
        this.conferenceId = conference.id();
        this.discipline = discipline;
        this.text = text;
    }

    public Long id() {
        return id;
    }

    public long conferenceId() {
        return conferenceId;
    }

    public Role discipline() {
        return discipline;
    }

    public String text() {
        return text;
    }
}
