package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.algos.careplan.plan.CarePlanModalities;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.ModalityPermissions;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;

/**
 * The care-plan editor's modalities form: each discipline changes and adds only its own
 * modalities (the services enforce the same). {@link CarePlanBean} reads the plan and hands the
 * modalities over; after a save the whole plan is read again, after a refused one the rows keep
 * what was typed.
 */
@Named
@ViewScoped
public class CarePlanModalitiesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> MODALITY_LABELS = Map.of("discipline", "Discipline",
            "details", "Details", "frequency", "Frequency", "responsible", "Responsible clinician",
            "status", "Modality status", "body", "Modality");

    @Inject
    private CarePlanBean plan;

    @Inject
    private CarePlanModalities modalities;

    @Inject
    private PortalUser user;

    private List<ModalityRow> modalityRows = List.of();

    private String modalityDiscipline;
    private String modalityDetails;
    private String modalityFrequency;
    private String modalityResponsible;
    private String modalityStatus;

    /** The modalities as read with the plan; a closed plan's are read-only for everyone. */
    public void show(List<CarePlanModality> read, boolean planOpen) {
        Role role = user.getRoleValue();
        modalityRows = read.stream()
                .map(m -> new ModalityRow(m, planOpen && ModalityPermissions.mayEdit(role, m.discipline()))).toList();
    }

    public void addModality() {
        boolean ok = ChartSection.attempt(() -> modalities.add(plan.getPatientId(), plan.getPlanId(),
                new CarePlanModalities.Entry(modalityDiscipline, modalityDetails, modalityFrequency,
                        modalityResponsible, modalityStatus)), MODALITY_LABELS);
        if (ok) {
            Messages.info(modalityDiscipline + " modality added.");
            modalityDiscipline = null;
            modalityDetails = null;
            modalityFrequency = null;
            modalityResponsible = null;
            modalityStatus = null;
            plan.readPlanAgain();
        }
    }

    /** Saves what changed of a modality's frequency, responsible clinician and status. */
    public void updateModality(ModalityRow row) {
        String frequency = changed(row.getNewFrequency(), row.getFrequency());
        String responsible = changed(row.getNewResponsible(), row.getResponsible());
        String newStatus = changed(row.getNewStatus(), row.getStatus());
        if (frequency == null && responsible == null && newStatus == null) {
            Messages.error("Modality: nothing was changed.");
            return;
        }
        boolean ok = ChartSection.attempt(() -> modalities.update(plan.getPatientId(), plan.getPlanId(), row.getId(),
                row.version(), new CarePlanModalities.Change(null, frequency, responsible, newStatus)),
                MODALITY_LABELS);
        if (ok) {
            Messages.info(row.getDiscipline() + " modality updated.");
            plan.readPlanAgain();
        }
    }

    private static String changed(String entered, String read) {
        return entered == null || entered.equals(read) ? null : entered;
    }

    /** The disciplines whose modalities the user may add; empty when none. */
    public List<String> getDisciplineChoices() {
        if (!plan.isOpen()) {
            return List.of();
        }
        Set<Discipline> own = ModalityPermissions.editableBy(user.getRoleValue());
        return Arrays.stream(Discipline.values()).filter(own::contains).map(Discipline::name).toList();
    }

    public List<String> getModalityStatuses() {
        return Arrays.stream(ModalityStatus.values()).map(ModalityStatus::code).toList();
    }

    public List<ModalityRow> getModalityRows() {
        return modalityRows;
    }

    public String getModalityDiscipline() {
        return modalityDiscipline;
    }

    public void setModalityDiscipline(String modalityDiscipline) {
        this.modalityDiscipline = modalityDiscipline;
    }

    public String getModalityDetails() {
        return modalityDetails;
    }

    public void setModalityDetails(String modalityDetails) {
        this.modalityDetails = modalityDetails;
    }

    public String getModalityFrequency() {
        return modalityFrequency;
    }

    public void setModalityFrequency(String modalityFrequency) {
        this.modalityFrequency = modalityFrequency;
    }

    public String getModalityResponsible() {
        return modalityResponsible;
    }

    public void setModalityResponsible(String modalityResponsible) {
        this.modalityResponsible = modalityResponsible;
    }

    public String getModalityStatus() {
        return modalityStatus;
    }

    public void setModalityStatus(String modalityStatus) {
        this.modalityStatus = modalityStatus;
    }
}
