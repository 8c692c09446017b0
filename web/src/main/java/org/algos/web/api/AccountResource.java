package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.Problem;
import org.algos.web.security.PasswordChanges;
import org.algos.web.security.PasswordSignIn;
import org.algos.web.security.TrustedProxy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * The owner's own account. Choosing a password takes no Authorization header: the current
 * password in the body proves who asks, so that a password an administrator set (which signs in
 * nowhere else) can be replaced through the API too.
 */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private PasswordChanges passwords;

    @Inject
    private TrustedProxy proxy;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Choose a new password: username, currentPassword, newPassword (12 to 200 characters);"
            + " required before anything else when an administrator set the password; 204, or 401/429 as a sign-in")
    public Response choosePassword(
            @RequestBody(content = @Content(schema = @Schema(implementation = PasswordChoiceBody.class))) String body) {
        JsonBody json = JsonBody.of(body);
        String username = json.text("username");
        String current = json.text("currentPassword");
        String chosen = json.text("newPassword");
        json.done();
        PasswordSignIn.Outcome outcome = passwords.choose(username, current, chosen, proxy.clientAddress(request));
        if (outcome instanceof PasswordSignIn.Valid) {
            return Response.noContent().build();
        }
        PasswordSignIn.Refusal refusal = PasswordSignIn.Refusal.of(outcome);
        return Response.fromResponse(Problem.of(refusal.status(), refusal.title(), refusal.detail()).toResponse())
                .header("Retry-After", refusal.retryAfterSeconds()).build();
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PasswordChoiceBody(String username, String currentPassword, String newPassword) {
    }
}
