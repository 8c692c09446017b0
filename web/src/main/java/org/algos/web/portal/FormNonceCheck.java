package org.algos.web.portal;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a posted form's script nonce as soon as its view is restored, the way PrimeFaces'
 * CSP support will when it renders the answer: a page whose nonce is missing or wrong is loaded
 * afresh before any of the form is applied, instead of failing with a 500 half-way through
 * the answer (PrimeFaces checks only while rendering, after the form's action ran).
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** The request parameter and view-map key PrimeFaces uses. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (faces.getResponseComplete() || view == null
                || !(faces.isPostback() || faces.getPartialViewContext().isAjaxRequest())) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        String given = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        boolean acceptable = expected != null ? expected.equals(given) : isNonce(given);
        if (!acceptable) {
            StaleFormHandler.reload(faces);
        }
    }

    /** What PrimeFaces generates: the Base64 of a UUID's text. */
    static boolean isNonce(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
