package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.algos.domain.user.ClinicUser;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.algos.web.security.PasswordChanges;
import org.algos.web.security.PasswordSignIn;
import org.algos.web.security.SignInThrottle;
import org.algos.web.security.UserAccounts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Built-in accounts, for administrators. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** An account as the API returns it; never its password hash. */
    public record UserView(String username, String displayName, String role, Long patientId, boolean active,
                           Long signInLockedSeconds) {

        static UserView of(ClinicUser u, Long lockedSeconds) {
            return new UserView(u.username(), u.displayName(), u.role().code(), u.patientId(), u.isActive(),
                    lockedSeconds);
        }
    }

    @Inject
    private UserAccounts accounts;

    @Inject
    private PasswordChanges passwords;

    @Inject
    private PasswordSignIn signIn;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account: username, displayName, role, password (12+), patientId for patients")
    public Response create(
                           @RequestBody(content = @Content(schema = @Schema(implementation = UserCreateBody.class)))
                           String body) {
        JsonBody json = JsonBody.of(body);
        String patientId = json.text("patientId");
        Long linked = QueryInput.optionalLong("patientId", patientId, json.errors());
        UserAccounts.NewAccount request = new UserAccounts.NewAccount(json.text("username"),
                json.text("displayName"), json.text("role"),
                json.text("password"), linked);
        json.done();
        ClinicUser user = accounts.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.username()).build())
                .entity(view(user)).build();
    }

    @PUT
    @Path("{username}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deactivate or reactivate an account: { \"active\": false }; a deactivated account is"
            + " refused at its next request, API or portal")
    public UserView setActive(@PathParam("username") String username,
                @RequestBody(content = @Content(schema = @Schema(implementation = UserSetActiveBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        Boolean active = json.optionalBool("active");
        if (active == null) {
            json.errors().add("active", "is required: true or false");
        }
        json.done();
        return view(accounts.setActive(username, active == null || active));
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset a forgotten password to a temporary one (12+): it serves only to choose a new one"
            + " (POST /api/account/password) and lifts a sign-in lock; flagged for review")
    public Response resetPassword(@PathParam("username") String username,
                @RequestBody(content = @Content(schema = @Schema(implementation = UserPasswordResetBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String password = json.text("password");
        json.done();
        passwords.reset(username, password);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}/sign-in-lock")
    @Operation(summary = "Lift the account's sign-in lock after failed attempts; 204 whether or not it was locked")
    public Response unlock(@PathParam("username") String username) {
        passwords.unlock(username);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Accounts, by user name, paged; q finds user or display names containing it;"
            + " signInLockedSeconds while failed sign-ins lock one out")
    public PageView<UserView> list(@QueryParam("q") String q, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 50);
        return PageView.of((q == null || q.isBlank() ? accounts.list(paging.page(), paging.size())
                : accounts.search(q, paging.page(), paging.size())).map(this::view));
    }

    @PUT
    @Path("{username}/patient")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a patient account to a record, { \"patientId\": 12 }, or unlink it with null;"
            + " at most one active account per record; flagged for review")
    public UserView link(@PathParam("username") String username,
                @RequestBody(content = @Content(schema = @Schema(implementation = UserLinkBody.class))) String body) {
        JsonBody json = JsonBody.of(body);
        if (!json.has("patientId")) {
            json.errors().add("patientId", "is required: the record's id, or null to unlink");
        }
        Long patientId = QueryInput.optionalLong("patientId", json.text("patientId"), json.errors());
        json.done();
        return view(accounts.link(username, patientId));
    }

    private UserView view(ClinicUser user) {
        return UserView.of(user, signIn.waitOf(user.username()).map(SignInThrottle.Wait::seconds).orElse(null));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record UserCreateBody(String patientId, String username, String displayName, String role, String password) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record UserLinkBody(Long patientId) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record UserSetActiveBody(Boolean active) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record UserPasswordResetBody(String password) {
    }
}
