package org.algos.intervention.procedure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.RuleFinding;
import org.algos.domain.common.RuleRefusedException;
import org.algos.domain.port.ActiveMedications;
import org.algos.domain.port.DiagnosticBlockHistory;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.domain.user.Caller;
import org.algos.domain.persistence.PatientRows;
import org.algos.domain.user.Role;
import org.algos.domain.value.PainScore;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilityRequest;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.PatientFacts;
import org.algos.intervention.eligibility.ProcedureHistory;
import org.algos.intervention.holds.Hold;
import org.algos.intervention.holds.HoldPlanner;
import org.algos.intervention.offer.ClinicOffer;

/**
 * Books, checks in, completes and follows up procedures. Booking asks the eligibility engine
 * first; a refusal is a 422 with every refusing rule and its source, unless a physician
 * overrides it with a written reason, which is stored and audited.
 */
@Stateless
public class Procedures {

    /** Relief the repeat rules look for at follow-up (≥50 %, LCD L38803 and L39240). */
    static final int LASTING_RELIEF_PERCENT = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Instance<CompletionFollowUp> followUps;

    @Inject
    private EligibilityEngine engine;

    @Inject
    private DiagnosticBlockHistory blocks;

    @Inject
    private Instance<NeuromodulationClearance> clearances;

    @Inject
    private Instance<ActiveMedications> medications;

    @Inject
    private ClinicOffer offer;

    private final HoldPlanner holds = new HoldPlanner();

    /** The eligibility verdict with the medication holds, which instruct and never refuse. */
    public record EligibilityAnswer(EligibilityResult result, List<Hold> holds) {
    }

    /** A booking or a history entry as entered, before checking. */
    public record Booking(String procedure, String side, List<String> levels, String date, String status,
                          Integer painBefore, Integer painAfter, String overrideReason, boolean overrideGiven) {
    }

    /**
     * Every clinician on the team may ask: the physiotherapist and the psychologist read the chart
     * the rules read, and the psychologist's clearance is one of the rules' facts.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public EligibilityAnswer eligibility(long patientId, String procedure, String side, String date) {
        EligibilityRequest request = EligibilityRequest.parse(procedure, side, date);
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ,
                "Eligibility/" + request.procedure().code(), "eligibility checked");
        List<ActiveMedications.Medication> active = medications.isResolvable()
                ? medications.get().activeOn(patient, request.date()) : List.of();
        return new EligibilityAnswer(engine.evaluate(request, facts(patient, null)),
                holds.holdsFor(request.procedure(), request.date(), active));
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public ProcedureRecord book(long patientId, Booking booking) {
        Caller caller = callers.current();
        FieldErrors errors = new FieldErrors();
        String statusCode = booking.status() == null || booking.status().isBlank() ? "scheduled"
                : booking.status().strip().toLowerCase(Locale.ROOT);
        if (!statusCode.equals("scheduled") && !statusCode.equals("completed")) {
            errors.add("status", "must be scheduled, or completed to record an earlier procedure");
        }
        if (booking.overrideGiven() && (booking.overrideReason() == null || booking.overrideReason().isBlank())) {
            errors.add("override.reason", "is required: say why the rule does not apply");
        }
        errors.throwIfAny();
        EligibilityRequest request = EligibilityRequest.parse(booking.procedure(), booking.side(), booking.date());
        List<String> levels = ProcedureLevels.checked(request.procedure(), booking.levels());
        boolean history = statusCode.equals("completed");
        LocalDate today = LocalDate.now(clock);
        if (history && request.date().isAfter(today)) {
            throw InvalidInputException.of("date", "a completed procedure cannot be in the future");
        }
        if (!history && request.date().isBefore(today)) {
            throw InvalidInputException.of("date", "cannot book in the past; record it with status completed");
        }
        if (!history && !offer.isOffered(request.procedure())) {
            throw InvalidInputException.of("procedure", request.procedure().displayName() + " is not offered by this clinic");
        }
        FieldErrors pain = new FieldErrors();
        PainScore before = pain.optionalPainScore("painBefore", booking.painBefore());
        PainScore after = pain.optionalPainScore("painAfter", booking.painAfter());
        pain.throwIfAny();
        if (booking.overrideGiven() && caller.role() != Role.PHYSICIAN) {
            throw guard.refuse(patientId, AuditAction.CREATE, "Procedure", "only a physician overrides an eligibility rule");
        }
        long id = NewIds.next(em, ProcedureRecord.class);
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.CREATE, "Procedure/" + id, "procedure " + id
                + (history ? " recorded as done (" : " scheduled (") + request.procedure().code() + ")");
        ProcedureRecord record = new ProcedureRecord(id, patientId, request.procedure().code(), request.side(), levels,
                request.date(), ProcedureStatus.SCHEDULED, caller.username(), Clocks.nowUtc(clock));
        if (history) {
            record.recordOutcome(null, before, after);
        } else {
            EligibilityResult result = engine.evaluate(request, facts(patient, null));
            if (!result.eligible()) {
                List<RuleFinding> reasons = result.reasons().stream()
                        .map(f -> new RuleFinding(f.rule(), f.message(), f.source())).toList();
                if (!booking.overrideGiven()) {
                    throw new RuleRefusedException("Not eligible for " + request.procedure().displayName() + " on "
                            + request.date() + "; a physician may override with a reason.", reasons);
                }
                record.overrideEligibility(booking.overrideReason().strip(), caller.username());
                audit.record(caller, AuditRecord.success(AuditAction.UPDATE, patientId, "Procedure/" + id,
                        "eligibility override: " + booking.overrideReason().strip(), "procedure " + id + " booked over "
                        + reasons.stream().map(RuleFinding::rule).collect(Collectors.joining(", ")), true));
            }
        }
        em.persist(record);
        if (history && followUps.isResolvable()) {
            followUps.get().completed(patient, record); // entered late: it still asks the follow-ups to come
        }
        return record;
    }

    /** A procedure with its follow-ups, oldest follow-up first. */
    public record Listed(ProcedureRecord procedure, List<FollowUp> followUps) {
    }

    /** The patient's procedures, oldest first, with their follow-ups: one check, two queries. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Listed> history(long patientId) {
        return history(guard.authorize(patientId, AuditAction.READ, "Procedure", "procedures and follow-ups listed"));
    }

    /** How many procedures the patient has, for the chart's section menu; the caller passed the guard. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(AuthorizedPatient patient) {
        guard.confirm(patient);
        return PatientRows.count(em, ProcedureRecord.class, patient.id());
    }

    /** As {@link #history(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<Listed> history(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        Map<Long, List<FollowUp>> followUps = followUpsByProcedure(patientId);
        return records(patientId).stream()
                .map(r -> new Listed(r, followUps.getOrDefault(r.id(), List.of()))).toList();
    }

    /** One procedure by its id (a FHIR read), with its follow-ups, checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public FoundProcedure get(long procedureId) {
        ProcedureRecord record = em.find(ProcedureRecord.class, procedureId);
        if (record == null) {
            throw new NotFoundException("No procedure " + procedureId);
        }
        AuthorizedPatient patient = guard.authorize(record.patientId(), AuditAction.READ, "Procedure/" + procedureId,
                "procedure read");
        return new FoundProcedure(patient, record, followUpsByProcedure(record.patientId())
                .getOrDefault(procedureId, List.of()));
    }

    /**
     * The rules' answer on today's chart for a booked procedure, judged as at booking (without the
     * booking itself); empty for a patient, who may not ask for eligibility ({@link #eligibility}).
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public Optional<EligibilityResult> eligibilityOf(AuthorizedPatient patient, ProcedureRecord booked) {
        guard.confirm(patient);
        if (booked.patientId() != patient.id()) {
            throw new IllegalArgumentException("Procedure " + booked.id() + " is not of patient " + patient.id());
        }
        Optional<Procedure> procedure = Procedure.fromCode(booked.procedure());
        if (callers.current().isPatient() || procedure.isEmpty()) {
            return Optional.empty();
        }
        EligibilityRequest request = new EligibilityRequest(procedure.get(), booked.side(), booked.date());
        return Optional.of(engine.evaluate(request, facts(patient, booked.id())));
    }

    /**
     * The anticoagulant and antiplatelet holds before a booked procedure, dated from its day and
     * read from the medications active then: what the patient's plan tells them to do.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<Hold> holdsBefore(AuthorizedPatient patient, ProcedureRecord booked) {
        guard.confirm(patient);
        Optional<Procedure> procedure = Procedure.fromCode(booked.procedure());
        if (booked.patientId() != patient.id() || procedure.isEmpty()) {
            return List.of();
        }
        List<ActiveMedications.Medication> active = medications.isResolvable()
                ? medications.get().activeOn(patient, booked.date()) : List.of();
        return holds.holdsFor(procedure.get(), booked.date(), active);
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public ProcedureRecord checkIn(long patientId, long procedureId) {
        ProcedureRecord record = find(patientId, procedureId);
        guard.authorize(patientId, AuditAction.UPDATE, "Procedure/" + procedureId,
                "procedure " + procedureId + " checked in");
        record.checkIn();
        return record;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public ProcedureRecord cancel(long patientId, long procedureId) {
        ProcedureRecord record = find(patientId, procedureId);
        guard.authorize(patientId, AuditAction.UPDATE, "Procedure/" + procedureId,
                "procedure " + procedureId + " cancelled");
        record.cancel();
        return record;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public ProcedureRecord tick(long patientId, long procedureId, String item, String answer) {
        FieldErrors errors = new FieldErrors();
        ChecklistAnswer checked = errors.requiredCode("answer", answer, ChecklistAnswer.class, ChecklistAnswer::code);
        errors.throwIfAny();
        ProcedureRecord record = find(patientId, procedureId);
        guard.authorize(patientId, AuditAction.UPDATE, "Procedure/" + procedureId + "/checklist",
                "procedure " + procedureId + " checklist item " + item + " answered");
        if (!record.tick(item, checked)) {
            throw InvalidInputException.of("item", SafetyChecklist.ITEMS.containsKey(item)
                    ? "'" + item + "' cannot be not applicable" : "is not a checklist item; one of "
                    + SafetyChecklist.ITEMS.keySet());
        }
        return record;
    }

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public ProcedureRecord complete(long patientId, long procedureId, ProcedureNote note, Integer painBefore,
                                    Integer painAfter) {
        ProcedureRecord record = find(patientId, procedureId);
        FieldErrors errors = new FieldErrors();
        PainScore before = errors.requiredPainScore("painBefore", painBefore);
        PainScore after = errors.requiredPainScore("painAfter", painAfter);
        errors.throwIfAny();
        boolean followedUp = followUps.isResolvable() && followUps.get().appliesTo(record);
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.UPDATE, "Procedure/" + procedureId,
                "procedure " + procedureId + " completed" + (followedUp ? "; outcome follow-ups scheduled" : ""));
        record.complete(note, before, after, callers.current().username());
        if (followUps.isResolvable()) {
            followUps.get().completed(patient, record); // the baseline is kept for every completion
        }
        return record;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public FollowUp followUp(long patientId, long procedureId, String date, Integer painNow, Integer reliefPercent,
                             String functionNote) {
        FieldErrors errors = new FieldErrors();
        LocalDate on = errors.requiredDate("date", date);
        if (painNow == null || painNow < 0 || painNow > 10) {
            errors.add("painNow", "must be between 0 and 10");
        }
        if (reliefPercent == null || reliefPercent < 0 || reliefPercent > 100) {
            errors.add("reliefPercent", "must be between 0 and 100");
        }
        String note = functionNote == null ? null : functionNote.strip();
        if (note != null && note.length() > 1000) {
            errors.add("functionNote", "must be at most 1000 characters");
        }
        errors.throwIfAny();
        ProcedureRecord record = find(patientId, procedureId);
        if (record.status() != ProcedureStatus.COMPLETED) {
            throw new ConflictException("Follow-ups are for completed procedures.");
        }
        if (on.isBefore(record.date()) || on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("date", "must be between the procedure date and today");
        }
        long id = NewIds.next(em, FollowUp.class);
        guard.authorize(patientId, AuditAction.CREATE, "Procedure/" + procedureId + "/follow-up/" + id,
                "procedure " + procedureId + " follow-up " + id + " recorded");
        FollowUp followUp = new FollowUp(id, procedureId, patientId, on, painNow, reliefPercent, note,
                callers.current().username());
        em.persist(followUp);
        return followUp;
    }

    /** The day's procedures of the patients on the caller's care teams, by time booked. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public List<ProcedureRecord> worklist(LocalDate day) {
        Caller caller = callers.current();
        List<ProcedureRecord> found = em.createQuery("select r from ProcedureRecord r where r.date = :day"
                        + " and r.status <> :cancelled and exists (select m.id from CareTeamMember m"
                        + " where m.patientId = r.patientId and m.username = :user) order by r.bookedAt, r.id",
                        ProcedureRecord.class)
                .setParameter("day", day).setParameter("cancelled", ProcedureStatus.CANCELLED)
                .setParameter("user", caller.username()).setMaxResults(500).getResultList();
        audit.record(caller, AuditRecord.success(AuditAction.SEARCH, null, "Procedure", "treatment",
                "worklist " + day + ": " + found.stream().map(r -> String.valueOf(r.patientId())).distinct().toList(),
                false));
        return found;
    }

    /** What the rules need to know (without the procedure {@code excluded}), in three queries whatever the history. */
    private PatientFacts facts(AuthorizedPatient patient, Long excluded) {
        long patientId = patient.id();
        Map<Long, List<FollowUp>> followUps = followUpsByProcedure(patientId);
        List<ProcedureHistory> history = new ArrayList<>();
        for (ProcedureRecord r : records(patientId)) {
            Optional<Procedure> procedure = Procedure.fromCode(r.procedure());
            if (procedure.isEmpty() || r.id().equals(excluded)) {
                continue;
            }
            SustainedRelief relief = SustainedRelief.of(r.date(), r.reliefPercent(),
                    followUps.getOrDefault(r.id(), List.of()), LASTING_RELIEF_PERCENT);
            history.add(new ProcedureHistory(procedure.get(), r.side(), r.date(), r.status().forRules(),
                    relief.percent(), relief.months()));
        }
        Optional<NeuromodulationClearance.Decision> clearance = clearances.isResolvable()
                ? clearances.get().latestDecision(patient) : Optional.empty();
        return new PatientFacts(blocks.blocksOf(patient), history, clearance);
    }

    private List<ProcedureRecord> records(long patientId) {
        return em.createQuery("select r from ProcedureRecord r where r.patientId = :p order by r.date, r.id",
                ProcedureRecord.class).setParameter("p", patientId).getResultList();
    }

    private Map<Long, List<FollowUp>> followUpsByProcedure(long patientId) {
        return em.createQuery("select f from FollowUp f where f.patientId = :p order by f.followUpOn", FollowUp.class)
                .setParameter("p", patientId).getResultList().stream()
                .collect(Collectors.groupingBy(FollowUp::procedureId));
    }

    private ProcedureRecord find(long patientId, long procedureId) {
        ProcedureRecord record = em.find(ProcedureRecord.class, procedureId);
        if (record == null || record.patientId() != patientId) {
            throw new NotFoundException("No procedure " + procedureId + " for patient " + patientId);
        }
        return record;
    }
}
