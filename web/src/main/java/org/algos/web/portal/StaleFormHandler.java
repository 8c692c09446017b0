package org.algos.web.portal;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * A form the server cannot trust or no longer knows (an expired or forged view state, a missing
 * or wrong script nonce) is not an error of the server: the page is loaded afresh, nothing of the
 * form applied, and the user sees it again (or the sign-in page, if their session ended). Without
 * this, such a post answers 500, and an ajax one names the exception's class.
 */
public class StaleFormHandler extends ExceptionHandlerWrapper {

    public StaleFormHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (isStaleForm(failure) && faces != null) {
                events.remove();
                if (!faces.getResponseComplete()) { // FormNonceCheck may have reloaded the page already
                    reload(faces);
                }
            }
        }
        super.handle();
    }

    static boolean isStaleForm(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + external.getRequestServletPath()
                    + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StaleFormHandler(getWrapped().getExceptionHandler());
        }
    }
}
