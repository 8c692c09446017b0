package org.algos.careplan.psych;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.domain.user.Role;

/**
 * Psychological evaluations, recorded by psychologists, and the latest neuromodulation decision
 * offered to the intervention rules through {@link NeuromodulationClearance}.
 */
@Stateless
@LocalBean
@Local(NeuromodulationClearance.class)
public class PsychEvaluations implements NeuromodulationClearance {

    /** The mood and catastrophizing instruments an evaluation links to. */
    static final Set<String> INSTRUMENTS = Set.of("PHQ9", "GAD7", "PCS");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** An evaluation as entered, before checking. */
    public record Entry(String date, List<String> instruments, String findings, Boolean clearedForNeuromodulation,
                        Boolean activeSubstanceUseDisorder, String notes) {
    }

    @RolesAllowed(Role.PSYCHOLOGIST_ROLE)
    public PsychEvaluation record(long patientId, Entry entry) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.requiredDate("date", entry.date());
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            errors.add("date", "cannot be in the future");
        }
        List<String> instruments = new ArrayList<>();
        for (String code : entry.instruments() == null ? List.<String>of() : entry.instruments()) {
            String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "");
            if (!INSTRUMENTS.contains(upper)) {
                errors.add("instruments", "'" + code + "' is not one of " + INSTRUMENTS);
            } else {
                instruments.add(upper);
            }
        }
        if (entry.clearedForNeuromodulation() == null) {
            errors.add("clearedForNeuromodulation", "is required: true or false");
        }
        String findings = limited("findings", entry.findings(), errors);
        String notes = limited("notes", entry.notes(), errors);
        errors.throwIfAny();
        long id = NewIds.next(em, PsychEvaluation.class);
        guard.authorize(patientId, AuditAction.CREATE, "PsychEvaluation/" + id, "psychological evaluation " + id
                + " recorded");
        PsychEvaluation evaluation = new PsychEvaluation(id, patientId, date, String.join(",", instruments), findings,
                entry.clearedForNeuromodulation(), Boolean.TRUE.equals(entry.activeSubstanceUseDisorder()), notes,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(evaluation);
        return evaluation;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public List<PsychEvaluation> list(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "PsychEvaluation", "psychological evaluations listed");
        return em.createQuery("select e from PsychEvaluation e where e.patientId = :p order by e.evaluatedOn desc, e.id desc",
                PsychEvaluation.class).setParameter("p", patientId).getResultList();
    }

    /** The port: the latest evaluation's decision, no access check (the caller has passed the guard). */
    @Override
    @PermitAll
    public Optional<Decision> latestDecision(AuthorizedPatient patient) {
        guard.confirm(patient);
        return em.createQuery("select e from PsychEvaluation e where e.patientId = :p order by e.evaluatedOn desc, e.id desc",
                        PsychEvaluation.class).setParameter("p", patient.id()).setMaxResults(1).getResultList().stream()
                .findFirst()
                .map(e -> new Decision(e.evaluatedOn(), e.clearedForNeuromodulation(), e.activeSubstanceUseDisorder()));
    }

    private static String limited(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 4000) {
            errors.add(field, "must be at most 4000 characters");
            return null;
        }
        return text.strip();
    }
}
