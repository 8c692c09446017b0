package org.algos.web.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * What HAPI generates from the providers (resources, interactions, search parameters), plus what
 * it cannot know: who publishes the server and how clients authenticate.
 */
@Interceptor
public class CapabilityStatementFacts {

    static final String BULK_DATA = "http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data";

    static final String SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    private final boolean singleSignOn;

    CapabilityStatementFacts(boolean singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describe(IBaseConformance generated) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        statement.setName("AlgosFhirServer").setTitle("Algos FHIR R4 server").setPublisher("Algos");
        statement.getSoftware().setName("Algos");
        // Patient/$export (BulkExportKickOff), for the hospital's data warehouse
        statement.addInstantiates(BULK_DATA);
        statement.getText().setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Algos FHIR R4 server</div>");
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            rest.getSecurity().setCors(false).addService(new CodeableConcept().addCoding(singleSignOn
                    ? new Coding(SECURITY_SERVICE, "OAuth", "OAuth") : new Coding(SECURITY_SERVICE, "Basic", "Basic")))
                    .setDescription(singleSignOn
                            ? "Bearer access tokens of the hospital's identity provider (OpenID Connect)."
                            : "HTTP Basic with the clinic's Algos accounts.");
            rest.setDocumentation("Every read and search is checked against the patient's care team (or the"
                    + " patient's own record, or a break-glass grant) and written to the audit trail.");
        }
    }
}
