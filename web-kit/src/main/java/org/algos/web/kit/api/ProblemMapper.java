package org.algos.web.kit.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.Refusals;
import org.algos.domain.common.BusyException;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.RuleRefusedException;

/**
 * Turns every failure into problem+json with a status a client can act on. Unexpected failures
 * are logged with an incident number and answered without internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    private static final String REFUSAL_RECORDED = ProblemMapper.class.getName() + ".refusalRecorded";

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemFor(thrown);
        // Jersey may map one failure twice (an EJBException, then what it wraps): record it once.
        if (refusedByRole(thrown) && request.getAttribute(REFUSAL_RECORDED) == null) {
            request.setAttribute(REFUSAL_RECORDED, Boolean.TRUE);
            CDI.current().select(Refusals.class).get().refusedByRole(request.getMethod(), request.getRequestURI()
                    .substring(request.getContextPath().length()));
        }
        Response response = problem.toResponse();
        BusyException busy = cause(thrown, BusyException.class);
        return busy == null ? response : Response.fromResponse(response)
                .header("Retry-After", busy.retryAfterSeconds()).build();
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A refusal of the container's (a role left out of {@code @RolesAllowed}), which no service recorded. */
    public static boolean refusedByRole(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    public static Problem problemFor(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return Problem.invalid(invalid.getMessage(), invalid.errors());
            }
            if (t instanceof RuleRefusedException refused) {
                return Problem.refused(refused.getMessage(), refused.reasons());
            }
            if (t instanceof NotFoundException) {
                return Problem.of(404, "Not Found", t.getMessage());
            }
            if (t instanceof ConflictException) {
                return Problem.of(409, "Conflict", t.getMessage());
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of(409, "Conflict", "The record was changed by someone else; reload and try again.");
            }
            if (t instanceof AccessDeniedException) {
                return Problem.of(403, "Forbidden", t.getMessage());
            }
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return Problem.of(403, "Forbidden", "Your role does not allow this action.");
            }
            if (t instanceof BusyException) {
                return Problem.of(503, "Service Unavailable", t.getMessage());
            }
            if (t instanceof BodyTooLarge) {
                return Problem.of(413, "Content Too Large", t.getMessage());
            }
            if (t instanceof BodyNotUtf8) {
                return Problem.invalid(t.getMessage(), List.of(new FieldError("body", "is not valid UTF-8")));
            }
            if (t instanceof JsonException || t instanceof JsonbException) {
                return Problem.of(400, "Bad Request", "The body is not valid JSON.");
            }
            if (t instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                Response.StatusType type = web.getResponse().getStatusInfo();
                String detail = switch (status) {
                    case 404 -> "No such resource.";
                    case 405 -> "This method is not allowed here.";
                    case 406 -> "This resource answers in application/json.";
                    case 415 -> "Send the body as application/json.";
                    default -> type.getReasonPhrase();
                };
                if (status == 400 && web.getCause() == null) {
                    detail = "The request could not be read.";
                }
                return Problem.of(status, type.getReasonPhrase(), detail);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.of(500, "Internal Server Error",
                "Something went wrong on our side; nothing was changed. Incident " + incident + ".");
    }
}
