package org.algos.web.kit.portal;

import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A page of the patient's own area. It always works on the signed-in patient's record, never on
 * an id from the address, and the services check that again on the server.
 */
public abstract class OwnRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected PortalUser user;

    /** The signed-in patient's record id, or null with a message when the account has none. */
    protected Long ownPatientId() {
        Long id = user.isPatient() ? user.getCaller().ownPatientId() : null;
        if (id == null) {
            Messages.error("These pages are for patients whose account is linked to their record.");
        }
        return id;
    }
}
