package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.offer.ClinicOffer;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The procedure catalogue with what this clinic offers; an administrator switches a procedure on or off. */
@Path("procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** A procedure of the catalogue. */
    public record CatalogueEntry(String code, String name, List<String> cptCodes, String family, String bleedingRisk,
                                 boolean offered) {

        static CatalogueEntry of(Procedure p, boolean offered) {
            return new CatalogueEntry(p.code(), p.displayName(), p.cptCodes(), p.family().name().toLowerCase(Locale.ROOT),
                    p.bleedingRisk().name().toLowerCase(Locale.ROOT), offered);
        }
    }

    @Inject
    private ClinicOffer offer;

    @GET
    @Operation(summary = "The procedure catalogue: CPT codes, family, bleeding-risk category, offered by this clinic")
    public List<CatalogueEntry> catalogue() {
        Set<Procedure> offered = offer.offered();
        return Arrays.stream(Procedure.values()).map(p -> CatalogueEntry.of(p, offered.contains(p))).toList();
    }

    @PUT
    @Path("{code}/offered")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrator: { \"offered\": false } stops offering a procedure (scheduling no longer"
            + " lists it, bookings are refused); true offers it again; audited")
    public CatalogueEntry setOffered(@PathParam("code") String code,
                @RequestBody(content = @Content(schema = @Schema(implementation = OfferedBody.class))) String body) {
        JsonBody json = JsonBody.of(body);
        Boolean offered = json.optionalBool("offered");
        if (offered == null) {
            json.errors().add("offered", "is required: true or false");
        }
        json.done();
        offer.setOffered(code, offered);
        Procedure procedure = Procedure.parse(code);
        return CatalogueEntry.of(procedure, offer.isOffered(procedure));
    }

    /** A request body for the OpenAPI document; the method reads exactly this field. */
    public record OfferedBody(Boolean offered) {
    }
}
