package org.algos.domain.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * The single gate to patient data: every service that reads or writes a patient's record asks
 * here first. It applies {@link CareTeamAccessPolicy} to facts read from the database and writes
 * the attempt to the audit trail, allowed or denied, in the caller's transaction. What it hands
 * back, {@link AuthorizedPatient}, is the proof that reads through ports and chart sections take.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@PermitAll // the gate itself: every service calls it after its own role check
public class PatientAccessGuard {

    private final CareTeamAccessPolicy policy = new CareTeamAccessPolicy();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    private static final CareTeamAccessPolicy.Facts NOT_ON_TEAM = new CareTeamAccessPolicy.Facts(false, false);

    private static final String NO_SUCH_RECORD = "You may not open this record.";

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * Checks that the caller may perform {@code action} on the patient's {@code resource} and
     * records it. Throws {@link AccessDeniedException} (after auditing the attempt) when the
     * policy refuses, and the same exception with the same message when no patient has this id:
     * a caller who may not open a record cannot tell whether it exists (the audit trail can).
     */
    public AuthorizedPatient authorize(long patientId, AuditAction action, String resource, String detail) {
        Caller caller = callers.current();
        Checked checked = check(caller, patientId, action);
        if (!checked.allowed()) {
            throw denied(caller, patientId, action, resource, checked);
        }
        AccessDecision decision = checked.decision();
        audit.record(caller, AuditRecord.success(action, patientId, resource, decision.basis().purpose(), detail,
                decision.needsReview()));
        AuthorizedPatient proof = new AuthorizedPatient(patientId, caller.username(), decision);
        transaction.putResource(proof, Boolean.TRUE);
        return proof;
    }

    /**
     * The hospital's bulk export: a caller with the {@code bulk-export} role (a system account,
     * never a person at a chart) reads every patient's record, and each patient's audit trail
     * says so, one event per patient naming the export. Refused, and audited, for any other role.
     */
    public List<AuthorizedPatient> authorizeBulkExport(List<Long> patientIds, String resource, String detail) {
        Caller caller = callers.current();
        if (caller.role() != Role.BULK_EXPORT) {
            audit.record(caller, AuditRecord.denied(AuditAction.READ, null, resource,
                    "Bulk export needs the bulk-export role."));
            throw new AccessDeniedException("Bulk export needs the bulk-export role.");
        }
        AccessDecision decision = AccessDecision.grant(AccessBasis.BULK_EXPORT);
        List<AuthorizedPatient> proofs = new ArrayList<>(patientIds.size());
        for (long patientId : patientIds) {
            audit.record(caller, AuditRecord.success(AuditAction.READ, patientId, resource,
                    decision.basis().purpose(), detail, false));
            AuthorizedPatient proof = new AuthorizedPatient(patientId, caller.username(), decision);
            transaction.putResource(proof, Boolean.TRUE);
            proofs.add(proof);
        }
        return proofs;
    }

    /**
     * Checks a proof handed to a read that takes one: issued by this guard in the current
     * transaction, to the current caller. Costs no query and writes no audit event, since the
     * check and its event happened when the proof was issued.
     */
    public void confirm(AuthorizedPatient proof) {
        if (proof == null || transaction.getResource(proof) == null
                || !proof.username().equals(callers.current().username())) {
            throw new AccessDeniedException("The access check for this record does not hold in this request.");
        }
    }

    /**
     * Records a refusal that a rule of the service made before (or instead of) the record check
     * (a role that may not record this instrument, override this rule, edit that modality) and
     * returns the exception to throw; the event commits although the request fails.
     */
    public AccessDeniedException refuse(long patientId, AuditAction action, String resource, String reason) {
        Caller caller = callers.current();
        Checked checked = check(caller, patientId, action);
        if (!checked.allowed()) {
            // The rule's reason would tell a caller without access that the record exists.
            return denied(caller, patientId, action, resource, checked);
        }
        audit.record(caller, AuditRecord.denied(action, patientId, resource, reason));
        return new AccessDeniedException(reason);
    }

    /** The policy's decision on a record, and whether the record exists at all. */
    private record Checked(boolean exists, AccessDecision decision) {

        boolean allowed() {
            return exists && decision.allowed();
        }
    }

    /** An unknown record is decided as one the caller is not on the team of, so both are refused alike. */
    private Checked check(Caller caller, long patientId, AuditAction action) {
        CareTeamAccessPolicy.Facts facts = factsFor(caller.username(), patientId);
        return new Checked(facts != null, policy.decide(caller, patientId, facts == null ? NOT_ON_TEAM : facts, action));
    }

    /** Audits the refusal (an unknown id says so in the trail only) and returns what to throw. */
    private AccessDeniedException denied(Caller caller, long patientId, AuditAction action, String resource,
                                         Checked checked) {
        String reason = checked.decision().allowed() ? NO_SUCH_RECORD : checked.decision().reason();
        audit.record(caller, AuditRecord.denied(action, patientId, resource,
                checked.exists() ? reason : reason + " (no record has this id)"));
        return new AccessDeniedException(reason);
    }

    public CareTeamAccessPolicy policy() {
        return policy;
    }

    /** Throws {@link NotFoundException} when no patient has this id. */
    public void requireExists(long patientId) {
        if (em.createNativeQuery("select 1 from patient where id = ?1").setParameter(1, patientId)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw new NotFoundException("No patient with id " + patientId);
        }
    }

    /** Whether the caller is on the team, in the same query that finds the patient; null when there is none. */
    private CareTeamAccessPolicy.Facts factsFor(String username, long patientId) {
        List<?> found = em.createNativeQuery("select (select 1 from care_team_member m where m.patient_id = p.id"
                        + " and m.username = ?1 fetch first 1 rows only) from patient p where p.id = ?2")
                .setParameter(1, username).setParameter(2, patientId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        boolean onTeam = found.get(0) != null;
        if (onTeam) {
            return new CareTeamAccessPolicy.Facts(true, false);
        }
        // A grant that may write, if any, before a read-only one.
        List<String> grants = em.createQuery("select g.writeReason from BreakGlassGrant g where g.patientId = :p"
                        + " and g.username = :u and g.expiresAt > :now order by g.writeReason desc nulls last",
                        String.class)
                .setParameter("p", patientId).setParameter("u", username).setParameter("now", Clocks.nowUtc(clock))
                .setMaxResults(1).getResultList();
        return new CareTeamAccessPolicy.Facts(false, !grants.isEmpty(), !grants.isEmpty() && grants.get(0) != null);
    }
}
