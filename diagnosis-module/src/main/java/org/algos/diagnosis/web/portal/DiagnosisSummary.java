package org.algos.diagnosis.web.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSummaryContributor;
import org.algos.web.kit.portal.SummaryTile;

/**
 * Reads the diagnosis module's part of the chart summary in two queries: the first and latest
 * valid score of each instrument, and the first and latest structured pain assessment.
 */
@Stateless
public class DiagnosisSummary implements ChartSummaryContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Override
    @PermitAll
    public int order() {
        return 10;
    }

    @Override
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<SummaryTile> tiles(AuthorizedPatient patient) {
        guard.confirm(patient);
        return DiagnosisSummaryTiles.assemble(scores(patient.id()), nrs(patient.id()));
    }

    private List<DiagnosisSummaryTiles.ScoreFact> scores(long patientId) {
        String sameSeries = " from Assessment b where b.patientId = :p and b.instrument = a.instrument"
                + " and b.valid = true and b.changeMetric is not null)";
        return em.createQuery("select a.instrument, a.takenAt, a.id, a.total, a.percent, a.band, a.changeMetric"
                        + " from Assessment a where a.patientId = :p and a.instrument in :codes and a.valid = true"
                        + " and a.changeMetric is not null"
                        + " and (a.takenAt = (select min(b.takenAt)" + sameSeries
                        + " or a.takenAt = (select max(b.takenAt)" + sameSeries + ")", Object[].class)
                .setParameter("p", patientId).setParameter("codes", DiagnosisSummaryTiles.INSTRUMENTS)
                .getResultList().stream()
                .map(r -> new DiagnosisSummaryTiles.ScoreFact((String) r[0], (LocalDateTime) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).doubleValue(),
                        r[4] == null ? null : ((Number) r[4]).doubleValue(), (String) r[5], ((Number) r[6]).doubleValue()))
                .toList();
    }

    private List<DiagnosisSummaryTiles.NrsFact> nrs(long patientId) {
        return em.createQuery("select p.assessedAt, p.id, p.nrsNow, p.nrsWorst, p.nrsAverage from PainAssessment p"
                        + " where p.patientId = :p"
                        + " and (p.assessedAt = (select min(q.assessedAt) from PainAssessment q where q.patientId = :p)"
                        + " or p.assessedAt = (select max(q.assessedAt) from PainAssessment q where q.patientId = :p))",
                        Object[].class)
                .setParameter("p", patientId).getResultList().stream()
                .map(r -> new DiagnosisSummaryTiles.NrsFact((LocalDateTime) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                .toList();
    }
}
