package org.algos.web.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.document.DocumentKind;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.algos.web.kit.document.DocumentContributor;
import org.algos.web.kit.document.DocumentMeta;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;

/**
 * Composes a document from the record as it stands: one access check (audited as the reading
 * of the record the document draws on), then every feature's sections in their order within
 * one transaction, framed as the kind of document asks ({@link DocumentFrames}). Rendering and
 * storing come after, outside this transaction, so that no database connection waits on a
 * renderer.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE})
public class DocumentComposer {

    /** What the renderer and the store need: the document's metadata and body, and the record it was made from. */
    public record Draft(long patientId, DocumentKind kind, String title, DocumentMeta meta, String body,
                        String sourceRecord) {
    }

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private PatientRegistry patients;

    @Inject
    private CallerContext callers;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicLetterhead clinic;

    @Inject
    private Clock clock;

    @Inject
    private Instance<DocumentContributor> contributors;

    public Draft compose(long patientId, DocumentRequest request) {
        DocumentRequests.check(request);
        Caller caller = callers.current();
        if (caller.isPatient() && !request.kind().forPatient()) {
            throw new AccessDeniedException("A patient may not make a " + request.kind().words().toLowerCase());
        }
        AuthorizedPatient access = guard.authorize(patientId, AuditAction.READ, "Document/" + request.kind().code(),
                request.kind().words() + " composed");
        Patient patient = patients.read(access);
        List<DocumentSection> sections = contributors.stream().flatMap(c -> c.sections(request, access).stream())
                .sorted(Comparator.comparingInt(DocumentSection::order)).toList();
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneId.systemDefault()));
        DocumentFrames.Frame frame = DocumentFrames.frame(request, patient, caller.displayName(), now, sections,
                request.kind() == DocumentKind.PATIENT_PLAN ? careTeam.members(access) : List.of(), clinic);
        DocumentMeta meta = new DocumentMeta(frame.title(), caller.displayName(), frame.subject(), "en", now,
                patient.fullName(), patient.mrn(), request.kind() == DocumentKind.CLINIC_LETTER ? clinic.text()
                : clinic.name());
        return new Draft(patientId, request.kind(), frame.title(), meta, frame.body(),
                request.kind() == DocumentKind.PROCEDURE_NOTE ? "Procedure/" + request.procedureId() : null);
    }
}
