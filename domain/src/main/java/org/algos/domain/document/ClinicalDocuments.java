package org.algos.domain.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Role;

/**
 * The documents of patients' records: stored under the record's access rule and audited like
 * any write, read one at a time (each read audited) or listed newest first.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE, Role.ADMIN_ROLE})
public class ClinicalDocuments {

    /** Documents a clinic exchanges; a browser shows each of them. */
    public static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "text/plain", "text/html");
    public static final int MAX_TITLE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public ClinicalDocument store(long patientId, DocumentKind kind, String title, String contentType, byte[] content) {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.requiredText("title", title, MAX_TITLE);
        if (contentType == null || !CONTENT_TYPES.contains(contentType)) {
            errors.add("contentType", "must be one of " + String.join(", ", CONTENT_TYPES.stream().sorted().toList()));
        }
        if (content == null || content.length == 0) {
            errors.add("content", "is required");
        }
        errors.throwIfAny();
        long id = NewIds.next(em, ClinicalDocument.class);
        guard.authorize(patientId, AuditAction.CREATE, "Document/" + id, kind.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " " + id + " stored");
        ClinicalDocument document = new ClinicalDocument(id, patientId, kind, checkedTitle, contentType, content,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(document);
        return document;
    }

    public ClinicalDocument get(long documentId) {
        ClinicalDocument document = em.find(ClinicalDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("No document " + documentId);
        }
        guard.authorize(document.patientId(), AuditAction.READ, "Document/" + documentId, "document read");
        return document;
    }

    public List<ClinicalDocument> list(long patientId) {
        return list(guard.authorize(patientId, AuditAction.READ, "Document", "documents listed"));
    }

    public List<ClinicalDocument> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        return em.createQuery("select d from ClinicalDocument d where d.patientId = :p order by d.createdAt desc, d.id desc",
                ClinicalDocument.class).setParameter("p", patient.id()).getResultList();
    }
}
