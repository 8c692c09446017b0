package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditReview;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code AuditEvent}, for auditors only (the review service refuses every other role): the trail
 * newest first, all or one patient's, paged in the database; each read is itself audited.
 */
@Dependent
public class AuditEventProvider implements IResourceProvider {

    @Inject
    private AuditReview review;

    @Inject
    private CallerContext callers;

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id) {
        return AuditEventMapping.toFhir(review.event(callers.current(), Fhir.idOf(id)));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
                                  @Offset Integer offset, @Count Integer count) {
        int size = Fhir.pageSize(count);
        Long patientId = patient == null ? null : Fhir.patientOf(patient);
        return Fhir.page(review.events(callers.current(), patientId, false, Fhir.pageNumber(offset, size), size),
                AuditEventMapping::toFhir);
    }
}
