package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.algos.diagnosis.diagnosis.DiagnosisCode;
import org.algos.diagnosis.diagnosis.DiagnosisCodeList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pick-list of diagnosis codes. */
@Path("diagnosis-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosisCodeResource {

    @GET
    @Operation(summary = "Codes whose code starts with q or whose title contains its words (at most 50)")
    public List<DiagnosisCode> search(@QueryParam("q") String q) {
        return DiagnosisCodeList.search(q, 50);
    }
}
