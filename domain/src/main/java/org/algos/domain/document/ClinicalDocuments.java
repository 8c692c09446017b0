package org.algos.domain.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;

/**
 * The documents of patients' records: stored under the record's access rule and audited like
 * any write, read one at a time (each read audited) or listed newest first, paged in the
 * database without their content. A patient makes and sees only the kinds meant for them
 * ({@link DocumentKind#forPatient()}) in their own record.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE, Role.ADMIN_ROLE})
public class ClinicalDocuments {

    /** Documents a clinic exchanges; a browser shows each of them. */
    public static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "text/plain", "text/html");
    public static final int MAX_TITLE = 200;

    private static final String LISTING = "select new org.algos.domain.document.DocumentListing(d.id, d.patientId, "
            + "d.kind, d.title, d.contentType, d.contentSize, d.sha256, d.sourceRecord, d.createdAt, d.createdBy) "
            + "from ClinicalDocument d where d.patientId = :p and d.kind in :kinds";

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
        return store(patientId, kind, title, contentType, content, null);
    }

    /** Stores a document made from one record ({@code sourceRecord}, e.g. {@code Procedure/12}) or from the whole record (null). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE})
    public ClinicalDocument store(long patientId, DocumentKind kind, String title, String contentType, byte[] content,
                                  String sourceRecord) {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.requiredText("title", title, MAX_TITLE);
        if (contentType == null || !CONTENT_TYPES.contains(contentType)) {
            errors.add("contentType", "must be one of " + String.join(", ", CONTENT_TYPES.stream().sorted().toList()));
        }
        if (content == null || content.length == 0) {
            errors.add("content", "is required");
        }
        errors.throwIfAny();
        refuseKindToPatient(kind);
        long id = NewIds.next(em, ClinicalDocument.class);
        guard.authorize(patientId, AuditAction.CREATE, "Document/" + id, kind.words().toLowerCase(Locale.ROOT)
                + " " + id + " stored");
        ClinicalDocument document = new ClinicalDocument(id, patientId, kind, checkedTitle, contentType, content,
                sourceRecord, callers.current().username(), Clocks.nowUtc(clock));
        em.persist(document);
        return document;
    }

    public ClinicalDocument get(long documentId) {
        ClinicalDocument document = em.find(ClinicalDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("No document " + documentId);
        }
        guard.authorize(document.patientId(), AuditAction.READ, "Document/" + documentId, "document read");
        if (!kindsForCaller().contains(document.kind())) {
            throw new NotFoundException("No document " + documentId); // a patient learns nothing of other kinds
        }
        return document;
    }

    /** One of the patient's documents, which must be of that patient (an API path names both). */
    public ClinicalDocument get(long patientId, long documentId) {
        ClinicalDocument document = get(documentId);
        if (document.patientId() != patientId) {
            throw new NotFoundException("No document " + documentId + " for patient " + patientId);
        }
        return document;
    }

    public Page<DocumentListing> list(long patientId, int page, int size) {
        Page.checkRequest(page, size);
        return list(guard.authorize(patientId, AuditAction.READ, "Document", "documents listed"), page, size);
    }

    /** A page of the patient's documents, newest first, for a caller that passed the guard already. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public Page<DocumentListing> list(AuthorizedPatient patient, int page, int size) {
        guard.confirm(patient);
        Page.checkRequest(page, size);
        Set<DocumentKind> kinds = kindsForCaller();
        TypedQuery<DocumentListing> query = em.createQuery(LISTING + " order by d.createdAt desc, d.id desc",
                DocumentListing.class).setParameter("p", patient.id()).setParameter("kinds", kinds);
        long total = em.createQuery("select count(d) from ClinicalDocument d where d.patientId = :p and d.kind in :kinds",
                Long.class).setParameter("p", patient.id()).setParameter("kinds", kinds).getSingleResult();
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    private Set<DocumentKind> kindsForCaller() {
        if (!callers.current().isPatient()) {
            return EnumSet.allOf(DocumentKind.class);
        }
        EnumSet<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.forPatient()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private void refuseKindToPatient(DocumentKind kind) {
        if (!kindsForCaller().contains(kind)) {
            throw new AccessDeniedException("A patient may not make a " + kind.words().toLowerCase(Locale.ROOT));
        }
    }
}
