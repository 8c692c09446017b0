package org.algos.careplan.web.portal;

import java.io.Serializable;
import org.algos.careplan.plan.CarePlanModality;

/**
 * A modality of the care-plan editor with the changes being entered for it; {@code editable} when
 * the user's discipline may change it. The version is the one read, for the optimistic lock.
 */
public final class ModalityRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String discipline;
    private final String details;
    private final String frequency;
    private final String responsible;
    private final String status;
    private final boolean editable;
    private String newFrequency;
    private String newResponsible;
    private String newStatus;

    ModalityRow(CarePlanModality m, boolean editable) {
        id = m.id();
        version = m.version();
        discipline = m.discipline().name();
        details = m.details() == null ? "" : m.details();
        frequency = m.frequency();
        responsible = m.responsible();
        status = m.status().code();
        this.editable = editable;
        newFrequency = frequency;
        newResponsible = responsible;
        newStatus = status;
    }

    long version() {
        return version;
    }

    public long getId() {
        return id;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getDetails() {
        return details;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getStatus() {
        return status;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNewFrequency() {
        return newFrequency;
    }

    public void setNewFrequency(String newFrequency) {
        this.newFrequency = newFrequency;
    }

    public String getNewResponsible() {
        return newResponsible;
    }

    public void setNewResponsible(String newResponsible) {
        this.newResponsible = newResponsible;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }
}
