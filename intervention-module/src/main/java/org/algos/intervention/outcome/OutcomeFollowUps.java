package org.algos.intervention.outcome;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.port.BaselineFacts;
import org.algos.domain.port.FollowUpRequests;
import org.algos.domain.port.ProcedureFollowUps;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.CompletionFollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outcome schedule at work: a completed treatment asks the patient its follow-up
 * questionnaires ({@link OutcomeSchedule}), as does a recent one entered late (for the points
 * still to come); a repeat of the same procedure stops the earlier one's unanswered requests (the
 * patient answers for the newest), and the answers come back as
 * the procedure's {@link ProcedureOutcome} at that point. Every completion also keeps what the
 * record said before it ({@link ProcedureBaseline}) for the registry's subgroups. All of it runs
 * inside the transaction and under the audit event of the request that caused it (the
 * completion, the answers).
 */
@Stateless
@LocalBean
@Local({ProcedureFollowUps.class, CompletionFollowUp.class}) // the ports, besides the bean the registry uses
public class OutcomeFollowUps implements ProcedureFollowUps, CompletionFollowUp {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private Instance<FollowUpRequests> requests;

    @Inject
    private Instance<BaselineFacts> baselines;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "algos.outcomes.short-window-days", defaultValue = "7")
    private int shortWindowDays;

    @Inject
    @ConfigProperty(name = "algos.outcomes.window-days", defaultValue = "30")
    private int windowDays;

    @PermitAll
    public OutcomeSchedule.Windows windows() {
        return new OutcomeSchedule.Windows(shortWindowDays, windowDays);
    }

    @Override
    @PermitAll
    public boolean appliesTo(ProcedureRecord procedure) {
        return requests.isResolvable()
                && Procedure.fromCode(procedure.procedure()).map(OutcomeSchedule::appliesTo).orElse(false);
    }

    /**
     * Schedules the follow-ups of a procedure just completed; returns how many questionnaires were
     * asked. A point whose window has already closed (a completion recorded late) is not asked.
     */
    @Override
    @PermitAll
    public int completed(AuthorizedPatient patient, ProcedureRecord completed) {
        guard.confirm(patient);
        keepBaseline(patient, completed);
        if (!appliesTo(completed)) {
            return 0;
        }
        Procedure procedure = Procedure.fromCode(completed.procedure()).orElseThrow();
        List<ProcedureRecord> others = em.createQuery("select r from ProcedureRecord r where r.patientId = :p"
                        + " and r.procedure = :code and r.status = :completed and r.id <> :id", ProcedureRecord.class)
                .setParameter("p", patient.id()).setParameter("code", completed.procedure())
                .setParameter("completed", ProcedureStatus.COMPLETED).setParameter("id", completed.id())
                .getResultList();
        if (others.stream().anyMatch(r -> r.date().isAfter(completed.date()))) {
            return 0; // an older procedure entered late: the newer one's schedule stands
        }
        others.forEach(earlier -> requests.get().withdraw(patient, earlier.id()));
        LocalDate today = LocalDate.now(clock);
        List<FollowUpRequests.Request> asked = OutcomeSchedule.requests(procedure, completed.date(), windows())
                .stream().filter(r -> !r.dueOn().isBefore(today)).toList();
        requests.get().schedule(patient, completed.id(), asked);
        return asked.size();
    }

    /** What each module knows of the patient before the procedure, kept with it (replaced if taken before). */
    private void keepBaseline(AuthorizedPatient patient, ProcedureRecord completed) {
        BaselineFacts.Baseline facts = BaselineFacts.Baseline.NONE;
        for (BaselineFacts module : baselines) {
            facts = facts.and(module.before(patient, completed.date()));
        }
        ProcedureBaseline kept = em.find(ProcedureBaseline.class, completed.id());
        if (kept == null) {
            em.persist(new ProcedureBaseline(completed.id(), patient.id(), facts));
        } else {
            kept.take(facts);
        }
    }

    @Override
    @PermitAll
    public void answered(AuthorizedPatient patient, Answered answered) {
        guard.confirm(patient);
        ProcedureRecord procedure = em.find(ProcedureRecord.class, answered.procedureId());
        if (procedure == null || procedure.patientId() != patient.id()
                || FollowUpPoint.fromCode(answered.point()).isEmpty()) {
            throw new IllegalArgumentException("No follow-up " + answered.point() + " of procedure "
                    + answered.procedureId() + " for patient " + patient.id());
        }
        ProcedureOutcome outcome = em.createQuery("select o from ProcedureOutcome o where o.procedureId = :r"
                        + " and o.point = :point", ProcedureOutcome.class)
                .setParameter("r", procedure.id()).setParameter("point", answered.point())
                .getResultList().stream().findFirst().orElse(null);
        if (outcome == null) {
            outcome = new ProcedureOutcome(procedure.id(), patient.id(), answered.point(), procedure.date(),
                    procedure.painBefore(), answered.answeredOn());
            em.persist(outcome);
        }
        outcome.take(answered, procedure.date());
    }
}
