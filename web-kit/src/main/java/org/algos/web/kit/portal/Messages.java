package org.algos.web.kit.portal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.Refusals;
import org.algos.domain.common.BusyException;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.RuleFinding;
import org.algos.domain.common.RuleRefusedException;

/** Shows a failure as a message line, in words a user can act on. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** An info message that survives the redirect which follows it (post-redirect-get). */
    public static void infoAfterRedirect(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    /** Reports a known failure and returns true; returns false for anything unexpected. */
    public static boolean report(RuntimeException e) {
        return report(e, Map.of());
    }

    /**
     * As {@link #report(RuntimeException)}, naming rejected fields by the labels the form shows
     * (field name → label) rather than by their API names.
     */
    public static boolean report(RuntimeException e, Map<String, String> fieldLabels) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                for (FieldError error : invalid.errors()) {
                    error(fieldLabels.getOrDefault(error.field(), error.field()) + ": " + error.message());
                }
                return true;
            }
            if (t instanceof RuleRefusedException refused) {
                error(refused.getMessage());
                for (RuleFinding reason : refused.reasons()) {
                    error(refusal(reason));
                }
                return true;
            }
            if (t instanceof AccessDeniedException || t instanceof NotFoundException || t instanceof ConflictException
                    || t instanceof BusyException) {
                error(t.getMessage());
                return true;
            }
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                error("Your role does not allow this action.");
                recordRefusal();
                return true;
            }
        }
        return false;
    }

    private static void recordRefusal() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        CDI.current().select(Refusals.class).get().refusedByRole(request.getMethod(),
                faces.getViewRoot() == null ? request.getServletPath() : faces.getViewRoot().getViewId());
    }

    /** One refusing rule as a message line: what it found, which rule, and the rule's source. */
    public static String refusal(RuleFinding reason) {
        return reason.message() + " (rule " + reason.rule() + "; source: " + reason.source() + ")";
    }
}
