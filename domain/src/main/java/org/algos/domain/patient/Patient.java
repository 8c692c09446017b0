package org.algos.domain.patient;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.algos.domain.persistence.ColumnLengthCheck;

/** A person whose pain the clinic treats. The MRN is the hospital's identifier and is unique. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "patient")
public class Patient {

    @Id
    @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String mrn;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_name_key", nullable = false, length = 100)
    private String givenNameKey;

    @Column(name = "family_name_key", nullable = false, length = 100)
    private String familyNameKey;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Patient() {
    }

    public Patient(PatientDetails details, LocalDateTime now) {
        this.createdAt = now;
        apply(details);
    }

    /** Corrects demographic details (a typo in a name, a wrong birth date). */
    public void correct(PatientDetails details) {
        apply(details);
    }

    private void apply(PatientDetails details) {
        this.mrn = details.mrn();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.givenNameKey = SearchKey.of(details.givenName());
        this.familyNameKey = SearchKey.of(details.familyName());
        this.birthDate = details.birthDate();
        this.sex = details.sex();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Long id() {
        return id;
    }

    public String mrn() {
        return mrn;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
