package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the administration needs beyond accounts: patients found by demographics, to manage their care teams. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdministrationResource {

    /** A patient as the administration sees them: who, never what is in their chart. */
    public record PatientDemographics(long id, String mrn, String givenName, String familyName, LocalDate birthDate) {

        static PatientDemographics of(Patient p) {
            return new PatientDemographics(p.id(), p.mrn(), p.givenName(), p.familyName(), p.birthDate());
        }
    }

    @Inject
    private PatientRegistry patients;

    @GET
    @Path("patients")
    @Operation(summary = "Administrator: any patient whose MRN equals, or name starts with, each word of q (required),"
            + " by demographics only, paged; audited")
    public PageView<PatientDemographics> patients(@QueryParam("q") String q, @QueryParam("page") String page,
                                                  @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(patients.searchForAdministration(q, paging.page(), paging.size())
                .map(PatientDemographics::of));
    }
}
