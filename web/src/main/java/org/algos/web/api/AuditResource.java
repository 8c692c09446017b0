package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditCheckpoint;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditFilter;
import org.algos.domain.audit.AuditKey;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.audit.SequencerStatus;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail, for auditors; the checkpoints' public key, for anyone. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One audit event as the API returns it (UTC times). */
    public record AuditEventView(long id, LocalDateTime occurredAt, String username, String role, String action,
                                 Long patientId, String resource, String outcome, String purpose, String detail,
                                 boolean flagged, String hash) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id(), e.occurredAt(), e.username(), e.userRole(), e.action().name(),
                    e.patientId(), e.resource(), e.outcome().name(), e.purpose(), e.detail(), e.flagged(), e.hash());
        }
    }

    /** A signed checkpoint: the chain reached {@code position} with {@code hash}; Ed25519, Base64. */
    public record CheckpointView(long position, String hash, Instant sealedAt, long keyedFrom, String signature,
                                 String line) {

        static CheckpointView of(AuditCheckpoint c) {
            return new CheckpointView(c.position(), c.hash(), c.sealedAt(), c.keyedFrom(), c.signature(), c.line());
        }
    }

    @Inject
    private AuditReview review;

    @Inject
    private AuditKey key;

    @Inject
    private CallerContext callers;

    @GET
    @Operation(summary = "Audit events, newest first; filter by user name, patient, action (CREATE, READ, ...),"
            + " UTC days from and to (both included, YYYY-MM-DD) and to flagged events")
    public PageView<AuditEventView> events(@QueryParam("user") String user,
                                           @QueryParam("patientId") String patientId,
                                           @QueryParam("action") String action,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("flagged") String flagged,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldErrors errors = new FieldErrors();
        Long patient = QueryInput.optionalLong("patientId", patientId, errors);
        AuditAction checkedAction = action(action, errors);
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        QueryInput.PageRequest paging = QueryInput.page(page, size, 50, errors);
        AuditFilter filter = new AuditFilter(user, patient, checkedAction, fromDay, toDay,
                "true".equalsIgnoreCase(flagged));
        filter.check(errors);
        errors.throwIfAny();
        return PageView.of(review.events(callers.current(), filter, paging.page(), paging.size())
                .map(AuditEventView::of));
    }

    /** An action by its name as events show it, in any case; null when not asked for. */
    private static AuditAction action(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("action", "must be one of " + Arrays.stream(AuditAction.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static LocalDate day(String name, String value, FieldErrors errors) {
        return value == null || value.isBlank() ? null : errors.requiredDate(name, value);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Walk the hash chain against the signed checkpoints and say whether it is intact;"
            + " resume=true starts after the checkpoint the last complete walk passed")
    public AuditVerification verify(@QueryParam("resume") String resume) {
        return review.verify(callers.current(), "true".equalsIgnoreCase(resume));
    }

    @GET
    @Path("checkpoints")
    @Operation(summary = "The signed checkpoints, newest first")
    public List<CheckpointView> checkpoints(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 50);
        return review.checkpoints(callers.current(), paging.page(), paging.size()).stream().map(CheckpointView::of).toList();
    }

    @GET
    @Path("checkpoints/key")
    @Produces("application/x-pem-file")
    @Operation(summary = "The Ed25519 public key the checkpoints are signed with (PEM), published to anyone")
    public String publicKey() {
        return key.pem();
    }

    @GET
    @Path("sequencer")
    @Operation(summary = "The sequencer on this node: newest sealed position, events queued, lag;"
            + " reset=true starts measuring the largest lag afresh")
    public SequencerStatus sequencer(@QueryParam("reset") String reset) {
        return review.sequencer(callers.current(), "true".equalsIgnoreCase(reset));
    }
}
