package org.algos.careplan.education;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Role;

/**
 * Education texts given to a patient: a clinician on the care team assigns a shipped text or one
 * the clinic approved ({@link EducationLibrary}), the patient reads it and marks it read, and the team sees which texts were read.
 * A text is given to a patient once, so the list stays as short as the catalogue.
 */
@Stateless
public class PatientEducation {

    static final int MAX_NOTE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private EducationLibrary library;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public EducationAssignment assign(long patientId, String topicCode, String note) {
        FieldErrors errors = new FieldErrors();
        EducationTopic topic = null;
        if (topicCode == null || topicCode.isBlank()) {
            errors.add("topic", "is required");
        } else {
            topic = library.assignable(topicCode).orElse(null);
            if (topic == null) {
                errors.add("topic", "is not one of " + library.assignable().stream().map(EducationTopic::code).toList());
            }
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            errors.add("note", "must be at most " + MAX_NOTE + " characters");
        }
        errors.throwIfAny();
        long id = NewIds.next(em, EducationAssignment.class);
        guard.authorize(patientId, AuditAction.CREATE, "EducationAssignment/" + id,
                "education assignment " + id + " given (" + topic.code() + ")");
        String code = topic.code();
        String title = topic.title();
        em.createQuery("select e from EducationAssignment e where e.patientId = :p and e.topic = :t",
                        EducationAssignment.class).setParameter("p", patientId).setParameter("t", code)
                .getResultList().stream().findFirst().ifPresent(existing -> {
                    throw new ConflictException("\"" + title + "\" was already given to this patient"
                            + " by " + existing.assignedBy() + " on " + existing.assignedAt().toLocalDate() + ".");
                });
        EducationAssignment assignment = new EducationAssignment(id, patientId, topic, text,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(assignment);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two clinicians assigning the same text at once: the unique key keeps one.
            throw new ConflictException("\"" + topic.title() + "\" was just given to this patient by someone else.");
        }
        return assignment;
    }

    /** The texts given to the patient, unread first, then newest first. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<EducationAssignment> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "EducationAssignment", "education texts listed"));
    }

    /** As {@link #list(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<EducationAssignment> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        // At most one row per text of the library, so sorting here costs nothing.
        List<EducationAssignment> given = em.createQuery("select e from EducationAssignment e where e.patientId = :p",
                EducationAssignment.class).setParameter("p", patientId).getResultList();
        Map<String, EducationTopic> texts = library.resolve(given.stream().map(EducationAssignment::topicCode).toList());
        given.forEach(e -> e.attach(texts));
        return given.stream()
                .sorted(Comparator.comparing(EducationAssignment::isRead)
                        .thenComparing(EducationAssignment::assignedAt, Comparator.reverseOrder())
                        .thenComparing(EducationAssignment::id, Comparator.reverseOrder()))
                .toList();
    }

    /** One text given to the patient, with its content. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public EducationAssignment open(long patientId, long assignmentId) {
        guard.authorize(patientId, AuditAction.READ, "EducationAssignment/" + assignmentId,
                "education assignment " + assignmentId + " opened");
        EducationAssignment assignment = find(patientId, assignmentId);
        assignment.attach(library.resolve(List.of(assignment.topicCode())));
        return assignment;
    }

    /** The patient has read the text; marking it again keeps the first time. */
    @RolesAllowed(Role.PATIENT_ROLE)
    public EducationAssignment markRead(long patientId, long assignmentId) {
        guard.authorize(patientId, AuditAction.UPDATE, "EducationAssignment/" + assignmentId,
                "education assignment " + assignmentId + " marked read");
        EducationAssignment assignment = find(patientId, assignmentId);
        assignment.markRead(Clocks.nowUtc(clock));
        assignment.attach(library.resolve(List.of(assignment.topicCode())));
        return assignment;
    }

    private EducationAssignment find(long patientId, long assignmentId) {
        EducationAssignment assignment = em.find(EducationAssignment.class, assignmentId);
        if (assignment == null || assignment.patientId() != patientId) {
            throw new NotFoundException("No education text " + assignmentId + " for patient " + patientId);
        }
        return assignment;
    }
}
