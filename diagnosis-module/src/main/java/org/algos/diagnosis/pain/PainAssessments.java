package org.algos.diagnosis.pain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.NewIds;
import org.algos.domain.user.Role;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;

/** Structured pain assessments and the NRS trend they make. */
@Stateless
public class PainAssessments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A mark on the body map as entered. */
    public record Mark(String region, String side, Integer intensity) {
    }

    /** An assessment as entered, before checking. */
    public record Entry(Integer nrsNow, Integer nrsWorst, Integer nrsAverage, String painType, String onsetDate,
                        String aggravating, String relieving, List<Mark> bodyMap) {
    }

    /**
     * One assessment in the NRS trend: the average pain compared with the first assessment.
     * Clinically important when it falls by ≥2 points or ≥30 % (Farrar 2001; IMMPACT).
     */
    public record NrsPoint(PainAssessment assessment, List<BodyMapMark> marks, int changeFromBaseline,
                           boolean clinicallyImportant) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE})
    public PainAssessment record(long patientId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        PainScore now = errors.requiredPainScore("nrsNow", entry.nrsNow());
        PainScore worst = errors.requiredPainScore("nrsWorst", entry.nrsWorst());
        PainScore average = errors.requiredPainScore("nrsAverage", entry.nrsAverage());
        if (worst != null && now != null && now.compareTo(worst) > 0) {
            errors.add("nrsWorst", "cannot be below the pain now");
        }
        if (worst != null && average != null && average.compareTo(worst) > 0) {
            errors.add("nrsAverage", "cannot be above the worst pain");
        }
        PainType type = errors.requiredCode("painType", entry.painType(), PainType.class, PainType::code);
        LocalDate onset = entry.onsetDate() == null || entry.onsetDate().isBlank() ? null
                : errors.requiredDate("onsetDate", entry.onsetDate());
        if (onset != null && onset.isAfter(LocalDate.now(clock))) {
            errors.add("onsetDate", "cannot be in the future");
        }
        String aggravating = errors.optionalText("aggravating", entry.aggravating(), 1000);
        String relieving = errors.optionalText("relieving", entry.relieving(), 1000);
        List<BodyMapMark> marks = marks(entry.bodyMap(), errors);
        errors.throwIfAny();
        long id = NewIds.next(em, PainAssessment.class);
        guard.authorize(patientId, AuditAction.CREATE, "PainAssessment/" + id, "pain assessment " + id + " recorded");
        PainAssessment assessment = new PainAssessment(id, patientId, Clocks.nowUtc(clock), now.value(), worst.value(),
                average.value(), type,
                onset, aggravating, relieving, marks, callers.current().username());
        em.persist(assessment);
        return assessment;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<NrsPoint> history(long patientId) {
        return history(guard.authorize(patientId, AuditAction.READ, "PainAssessment", "pain assessments listed"));
    }

    /** One pain assessment with its body map (a FHIR read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public NrsPoint get(long assessmentId) {
        PainAssessment row = em.find(PainAssessment.class, assessmentId);
        if (row == null) {
            throw new NotFoundException("No pain assessment " + assessmentId);
        }
        AuthorizedPatient patient = guard.authorize(row.patientId(), AuditAction.READ,
                "PainAssessment/" + assessmentId, "pain assessment read");
        return history(patient).stream().filter(p -> p.assessment().id() == assessmentId).findFirst().orElseThrow();
    }

    /** As {@link #history(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<NrsPoint> history(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        List<PainAssessment> rows = em.createQuery("select p from PainAssessment p where p.patientId = :p"
                + " order by p.assessedAt, p.id", PainAssessment.class).setParameter("p", patientId).getResultList();
        Map<Long, List<BodyMapMark>> marks = marksOf(patientId);
        List<NrsPoint> points = new ArrayList<>(rows.size());
        PainScore baseline = null;
        for (PainAssessment row : rows) {
            PainScore average = PainScore.of(row.nrsAverage());
            if (baseline == null) {
                baseline = average;
                points.add(new NrsPoint(row, marks.getOrDefault(row.id(), List.of()), 0, false));
            } else {
                points.add(new NrsPoint(row, marks.getOrDefault(row.id(), List.of()), average.value() - baseline.value(),
                        baseline.isClinicallyImportantImprovementTo(average)));
            }
        }
        return points;
    }


    /**
     * Every body map of the patient in one query, as values: not one query per assessment, and not
     * fetched with the entities (EclipseLink's batch or fetch join of an element collection breaks
     * the commit, eclipse-ee4j/eclipselink#921).
     */
    private Map<Long, List<BodyMapMark>> marksOf(long patientId) {
        Map<Long, List<BodyMapMark>> marks = new HashMap<>();
        em.createQuery("select p.id, m.region, m.side, m.intensity from PainAssessment p join p.bodyMap m"
                        + " where p.patientId = :p order by p.id, index(m)", Object[].class)
                .setParameter("p", patientId).getResultList()
                .forEach(r -> marks.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                        .add(new BodyMapMark((BodyRegion) r[1], (Laterality) r[2], ((Number) r[3]).intValue())));
        return marks;
    }

    private static List<BodyMapMark> marks(List<Mark> entered, FieldErrors errors) {
        List<BodyMapMark> marks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; entered != null && i < entered.size(); i++) {
            Mark mark = entered.get(i);
            String prefix = "bodyMap[" + i + "].";
            BodyRegion region = errors.requiredCode(prefix + "region", mark.region(), BodyRegion.class, BodyRegion::code);
            Laterality side = errors.requiredCode(prefix + "side", mark.side(), Laterality.class, Laterality::code);
            PainScore intensity = errors.requiredPainScore(prefix + "intensity", mark.intensity());
            if (region != null && side != null && intensity != null) {
                if (!seen.add(region + "/" + side)) {
                    errors.add(prefix + "region", region.code() + " " + side.code() + " is marked twice");
                } else {
                    marks.add(new BodyMapMark(region, side, intensity.value()));
                }
            }
        }
        return marks;
    }
}
