package org.algos.careplan.diary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;
import org.algos.domain.value.PainScore;

/**
 * The patient's pain diary: one entry a day, written by the patient (the access guard lets a
 * patient write only their own record), read by the care team. Entries for future days are
 * refused; past days may be filled in late.
 */
@Stateless
public class PainDiary {

    /** The longest stretch a trend covers: about three months of days. */
    static final int MAX_TREND_DAYS = 92;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private Clock clock;

    /** A day as the patient enters it, before checking. */
    public record Day(String date, Integer pain, Double sleepHours, Integer activityMinutes, String medicationTaken,
                      String note) {
    }

    @RolesAllowed(Role.PATIENT_ROLE)
    public DiaryEntry write(long patientId, Day entry) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = entry.date() == null || entry.date().isBlank() ? LocalDate.now(clock)
                : errors.requiredDate("date", entry.date());
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            errors.add("date", "cannot be in the future");
        }
        if (entry.pain() == null || entry.pain() < PainScore.MIN || entry.pain() > PainScore.MAX) {
            errors.add("pain", "must be between 0 (no pain) and 10 (worst imaginable)");
        }
        if (entry.sleepHours() != null && (entry.sleepHours() < 0 || entry.sleepHours() > 24)) {
            errors.add("sleepHours", "must be between 0 and 24");
        }
        if (entry.activityMinutes() != null && (entry.activityMinutes() < 0 || entry.activityMinutes() > 1440)) {
            errors.add("activityMinutes", "must be between 0 and 1440");
        }
        String medication = errors.optionalText("medicationTaken", entry.medicationTaken(), 500);
        String note = errors.optionalText("note", entry.note(), 1000);
        errors.throwIfAny();
        guard.authorize(patientId, AuditAction.UPDATE, "PainDiary/" + day, "diary entry of " + day + " written");
        DiaryEntry existing = em.createQuery("select d from DiaryEntry d where d.patientId = :p and d.day = :d",
                DiaryEntry.class).setParameter("p", patientId).setParameter("d", day).getResultList().stream()
                .findFirst().orElse(null);
        DiaryEntry diary = existing != null ? existing : new DiaryEntry(patientId, day);
        diary.write(entry.pain(), entry.sleepHours(), entry.activityMinutes(), medication, note, Clocks.nowUtc(clock));
        if (existing == null) {
            em.persist(diary);
        }
        return diary;
    }

    /** Newest day first, paged in the database. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Page<DiaryEntry> read(long patientId, int page, int size) {
        Page.checkRequest(page, size);
        guard.authorize(patientId, AuditAction.READ, "PainDiary", "diary page " + page + " read");
        List<DiaryEntry> entries = em.createQuery("select d from DiaryEntry d where d.patientId = :p order by d.day desc",
                DiaryEntry.class).setParameter("p", patientId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(d) from DiaryEntry d where d.patientId = :p", Long.class)
                .setParameter("p", patientId).getSingleResult();
        return new Page<>(entries, page, size, total);
    }

    /** The diary's pain over the last {@code days} days, and its first week compared with its latest. */
    public record PainTrend(List<DiaryPainChange.Day> days, Optional<DiaryPainChange> change) {
    }

    /**
     * Pain by day over the last {@code days} days (oldest first) and the first-week versus
     * latest-week comparison, under one access check.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public PainTrend painTrend(long patientId, int days) {
        if (days < 1 || days > MAX_TREND_DAYS) {
            throw InvalidInputException.of("days", "must be between 1 and " + MAX_TREND_DAYS);
        }
        guard.authorize(patientId, AuditAction.READ, "PainDiary", "diary pain trend read");
        Object[] range = em.createQuery("select min(d.day), max(d.day) from DiaryEntry d where d.patientId = :p",
                Object[].class).setParameter("p", patientId).getSingleResult();
        if (range[0] == null) {
            return new PainTrend(List.of(), Optional.empty());
        }
        LocalDate first = (LocalDate) range[0];
        LocalDate latest = (LocalDate) range[1];
        List<DiaryPainChange.Day> firstWeek = between(patientId, first, first.plusDays(DiaryPainChange.WEEK - 1));
        List<DiaryPainChange.Day> latestWeek = between(patientId, latest.minusDays(DiaryPainChange.WEEK - 1), latest);
        List<DiaryPainChange.Day> shown = between(patientId, LocalDate.now(clock).minusDays(days - 1L),
                LocalDate.now(clock));
        return new PainTrend(shown, DiaryPainChange.compare(firstWeek, latestWeek));
    }

    private List<DiaryPainChange.Day> between(long patientId, LocalDate from, LocalDate to) {
        return em.createQuery("select d from DiaryEntry d where d.patientId = :p and d.day between :from and :to"
                        + " order by d.day", DiaryEntry.class).setParameter("p", patientId).setParameter("from", from)
                .setParameter("to", to).getResultList().stream()
                .map(d -> new DiaryPainChange.Day(d.day(), d.pain())).toList();
    }

}
