package org.algos.careplan.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.algos.web.kit.document.DocumentMaker;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.portal.PortalUser;

/**
 * The patient's plan as a PDF, made from the record when asked: by the team from the care plan
 * page, by the patient from their own area (their own record only; the server decides).
 */
@Named
@RequestScoped
public class PatientPlanDocument {

    @Inject
    private DocumentMaker documents;

    @Inject
    private PortalUser user;

    /** The plan of the patient a clinician has open. */
    public void of(Long patientId) {
        if (patientId != null) {
            send(patientId);
        }
    }

    /** The signed-in patient's own plan. */
    public void mine() {
        Long own = user.isPatient() ? user.getCaller().ownPatientId() : null;
        if (own != null) {
            send(own);
        }
    }

    private void send(long patientId) {
        documents.makeAndSend(patientId, DocumentRequest.patientPlan(), Map.of());
    }
}
