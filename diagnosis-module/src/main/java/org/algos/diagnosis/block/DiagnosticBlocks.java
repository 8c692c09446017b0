package org.algos.diagnosis.block;

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
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.port.DiagnosticBlockHistory;
import org.algos.domain.persistence.PatientRows;
import org.algos.domain.user.Role;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.domain.value.SpinalSegment;

/** Records diagnostic blocks and offers their history to the other modules. */
@Stateless
@LocalBean
@Local(DiagnosticBlockHistory.class) // offered to the other modules through the domain port
public class DiagnosticBlocks implements DiagnosticBlockHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /** A block as a clinician reports it, before checking. */
    public record Report(String type, String region, String side, List<String> levels, String agent,
                         Integer painBefore, Integer painAfter, String performedOn) {
    }

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public DiagnosticBlock record(long patientId, Report report) {
        long id = NewIds.next(em, DiagnosticBlock.class);
        guard.authorize(patientId, AuditAction.CREATE, "DiagnosticBlock/" + id, "diagnostic block " + id + " recorded");
        FieldErrors errors = new FieldErrors();
        BlockType type = errors.requiredCode("type", report.type() == null ? null : report.type().toLowerCase(Locale.ROOT),
                BlockType.class, t -> t.name().toLowerCase(Locale.ROOT));
        Laterality side = errors.requiredCode("side", report.side(), Laterality.class, Laterality::code);
        String region = report.region() == null || report.region().isBlank()
                ? (type == null ? null : type.defaultRegion())
                : errors.requiredText("region", report.region(), 40);
        String agent = errors.requiredText("agent", report.agent(), 200);
        PainScore before = errors.requiredPainScore("painBefore", report.painBefore());
        PainScore after = errors.requiredPainScore("painAfter", report.painAfter());
        if (before != null && before.value() == 0) {
            errors.add("painBefore", "must be above 0: relief cannot be measured from no pain");
            before = null;
        }
        LocalDate performedOn = errors.requiredDate("performedOn", report.performedOn());
        if (performedOn != null && performedOn.isAfter(LocalDate.now(clock))) {
            errors.add("performedOn", "cannot be in the future");
        }
        List<String> levels = checkedLevels(type, report.levels(), errors);
        errors.throwIfAny();
        DiagnosticBlock block = new DiagnosticBlock(id, patientId, type, region, side, levels, agent, before, after,
                performedOn, callers.current().username(), Clocks.nowUtc(clock));
        em.persist(block);
        return block;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<DiagnosticBlock> history(long patientId) {
        return history(guard.authorize(patientId, AuditAction.READ, "DiagnosticBlock", "diagnostic blocks listed"));
    }

    /** One block by its id (a FHIR Procedure read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public DiagnosticBlock get(long blockId) {
        DiagnosticBlock block = em.find(DiagnosticBlock.class, blockId);
        if (block == null) {
            throw new NotFoundException("No diagnostic block " + blockId);
        }
        guard.authorize(block.patientId(), AuditAction.READ, "DiagnosticBlock/" + blockId, "diagnostic block read");
        return block;
    }

    /** How many diagnostic blocks the patient has, for the chart's section menu; the caller passed the guard. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public long count(AuthorizedPatient patient) {
        guard.confirm(patient);
        return PatientRows.count(em, DiagnosticBlock.class, patient.id());
    }

    /** As {@link #history(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<DiagnosticBlock> history(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return query(patientId);
    }

    /** The port for other modules: the proof was checked and audited when issued (see {@link DiagnosticBlockHistory}). */
    @Override
    @PermitAll
    public List<DiagnosticBlockFact> blocksOf(AuthorizedPatient patient) {
        guard.confirm(patient);
        return query(patient.id()).stream().map(DiagnosticBlock::fact).toList();
    }

    private List<DiagnosticBlock> query(long patientId) {
        return em.createQuery("select b from DiagnosticBlock b where b.patientId = :p order by b.performedOn, b.id",
                DiagnosticBlock.class).setParameter("p", patientId).getResultList();
    }

    /** Spinal blocks name at least one segment of their own region, e.g. L4-L5 for a lumbar MBB. */
    private static List<String> checkedLevels(BlockType type, List<String> levels, FieldErrors errors) {
        List<String> checked = new ArrayList<>();
        if (type == null) {
            return checked;
        }
        if ((levels == null || levels.isEmpty()) && type.spineRegion() != null) {
            errors.add("levels", "name at least one segment, e.g. L4-L5");
            return checked;
        }
        for (String text : levels == null ? List.<String>of() : levels) {
            try {
                SpinalSegment segment = SpinalSegment.parse(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
                if (type.spineRegion() != null && segment.region() != type.spineRegion()) {
                    errors.add("levels", segment + " is not in the " + type.spineRegion().name().toLowerCase(Locale.ROOT)
                            + " spine");
                } else {
                    checked.add(segment.toString());
                }
            } catch (IllegalArgumentException e) {
                errors.add("levels", e.getMessage());
            }
        }
        return checked;
    }
}
