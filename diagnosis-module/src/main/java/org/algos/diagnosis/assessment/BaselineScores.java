package org.algos.diagnosis.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.port.BaselineFacts;

/**
 * The questionnaires that describe a patient before a procedure, for the outcomes registry's
 * subgroups: the last valid PCS (catastrophizing) and PHQ-9 (depression) taken in the
 * {@link BaselineFacts#LOOKBACK_DAYS} up to the day of the procedure.
 */
@Stateless
@LocalBean
@Local(BaselineFacts.class) // offered to the intervention module through the domain port
public class BaselineScores implements BaselineFacts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Override
    @PermitAll
    public Baseline before(AuthorizedPatient patient, LocalDate procedureDay) {
        guard.confirm(patient);
        Optional<Assessment> pcs = last(patient.id(), "PCS", procedureDay);
        Optional<Assessment> phq9 = last(patient.id(), "PHQ9", procedureDay);
        return new Baseline(pcs.map(a -> (int) Math.round(a.total())).orElse(null),
                phq9.map(a -> (int) Math.round(a.total())).orElse(null), phq9.map(Assessment::band).orElse(null),
                null, null);
    }

    private Optional<Assessment> last(long patientId, String instrument, LocalDate day) {
        return em.createQuery("select a from Assessment a where a.patientId = :p and a.instrument = :i"
                        + " and a.valid = true and a.takenAt >= :from and a.takenAt < :until"
                        + " order by a.takenAt desc, a.id desc", Assessment.class)
                .setParameter("p", patientId).setParameter("i", instrument)
                .setParameter("from", day.minusDays(LOOKBACK_DAYS).atStartOfDay())
                .setParameter("until", day.plusDays(1).atStartOfDay())
                .setMaxResults(1).getResultList().stream().findFirst();
    }
}
