package org.algos.web.portal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;

/** Shows a failure as a message line, in words a user can act on. */
final class Messages {

    private Messages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Reports a known failure and returns true; returns false for anything unexpected. */
    static boolean report(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                for (FieldError error : invalid.errors()) {
                    error(error.field() + ": " + error.message());
                }
                return true;
            }
            if (t instanceof AccessDeniedException || t instanceof NotFoundException || t instanceof ConflictException) {
                error(t.getMessage());
                return true;
            }
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                error("Your role does not allow this action.");
                return true;
            }
        }
        return false;
    }
}
