package org.algos.intervention.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.port.BaselineFacts;
import org.algos.domain.user.Role;

/**
 * The rows of the de-identified outcomes export ({@link OutcomeCsv}): for the cohort of a
 * registry question, each completed procedure at each follow-up point due by today, with what
 * was measured there (nothing when it was missed) and the procedure's baseline. Read in slices
 * by procedure id, one transaction each, so an export of any size streams in bounded memory.
 */
@Stateless
public class OutcomeExport {

    /** Procedures read per slice. */
    public static final int SLICE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private OutcomeFollowUps schedule;

    @Inject
    private Clock clock;

    /** A procedure of the cohort as the export reads it; the patient id only to derive a pseudonym. */
    public record Done(long procedureId, long patientId, String procedure, String side, String levels, LocalDate date,
                       String sex, LocalDate birthDate, Integer painBefore, BaselineFacts.Baseline baseline) {
    }

    /** A procedure at a follow-up point, with what was measured there (null when nothing was). */
    public record Line(Done done, FollowUpPoint point, RegistryFigures.Measured measured) {
    }

    /** The lines of a slice of procedures, how many procedures it read, and the last id (0 when none: the end). */
    public record Slice(List<Line> lines, int procedures, long lastProcedureId) {
    }

    /** Starts an export: the number of procedures it covers, for its progress; audited. */
    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public long begin(RegistryQuery range) {
        long procedures = Measurements.cohortOf(em.createQuery("select count(r) from ProcedureRecord r"
                + " where r.status = :completed and r.procedure in :codes and r.date between :from and :to",
                Long.class), range).getSingleResult();
        audit.record(callers.current(), AuditRecord.success(AuditAction.READ, null, "Outcomes/export", "quality",
                "de-identified outcomes export " + range.name() + " " + range.from() + ".." + range.to() + ": "
                        + procedures + " procedures", false));
        return procedures;
    }

    /** The lines of the next {@code size} procedures of the cohort after {@code afterId}, by id. */
    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public Slice slice(RegistryQuery range, long afterId, int size) {
        Map<Long, Done> done = new LinkedHashMap<>();
        Measurements.cohortOf(em.createQuery("select r.id, r.patientId, r.procedure, r.side, r.levels, r.date, p.sex,"
                        + " p.birthDate, r.painBefore from ProcedureRecord r, Patient p where p.id = r.patientId"
                        + " and r.status = :completed and r.procedure in :codes and r.date between :from and :to"
                        + " and r.id > :after order by r.id", Object[].class), range)
                .setParameter("after", afterId).setMaxResults(size).getResultList()
                .forEach(row -> done.put((Long) row[0], new Done((Long) row[0], (Long) row[1], (String) row[2],
                        row[3] == null ? null : ((Enum<?>) row[3]).name().toLowerCase(Locale.ROOT), (String) row[4],
                        (LocalDate) row[5], ((Enum<?>) row[6]).name().toLowerCase(Locale.ROOT), (LocalDate) row[7],
                        (Integer) row[8], BaselineFacts.Baseline.NONE)));
        if (done.isEmpty()) {
            return new Slice(List.of(), 0, 0);
        }
        em.createQuery("select b from ProcedureBaseline b where b.procedureId in :ids", ProcedureBaseline.class)
                .setParameter("ids", List.copyOf(done.keySet())).getResultList()
                .forEach(b -> done.computeIfPresent(b.procedureId(), (id, d) -> new Done(d.procedureId(), d.patientId(),
                        d.procedure(), d.side(), d.levels(), d.date(), d.sex(), d.birthDate(), d.painBefore(),
                        b.facts())));
        LocalDate today = LocalDate.now(clock);
        Measurements measurements = new Measurements(em, schedule.windows());
        Map<FollowUpPoint, Map<Long, RegistryFigures.Measured>> measured = new HashMap<>();
        for (FollowUpPoint point : FollowUpPoint.values()) {
            Map<Long, LocalDate> due = new HashMap<>();
            done.values().stream().filter(d -> !point.on(d.date()).isAfter(today))
                    .forEach(d -> due.put(d.procedureId(), d.date()));
            measured.put(point, measurements.nearest(range, point, due, true));
        }
        List<Line> lines = new ArrayList<>();
        for (Done d : done.values()) {
            for (FollowUpPoint point : FollowUpPoint.values()) {
                if (!point.on(d.date()).isAfter(today)) {
                    lines.add(new Line(d, point, measured.get(point).get(d.procedureId())));
                }
            }
        }
        return new Slice(lines, done.size(), done.keySet().stream().reduce((a, b) -> b).orElseThrow());
    }
}
