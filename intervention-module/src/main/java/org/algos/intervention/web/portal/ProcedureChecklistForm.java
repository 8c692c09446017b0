package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.PortalUser;
import org.primefaces.PrimeFaces;

/** The procedure page's safety checklist form: each answer is saved as soon as it is given. */
@Named
@ViewScoped
public class ProcedureChecklistForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBean procedure;

    @Inject
    private Procedures procedures;

    @Inject
    private PortalUser user;

    /**
     * Saves one checklist answer. The row already shows it, so only the count of open items is
     * redrawn and the keyboard focus stays on the answer; a refused answer redraws the checklist
     * as stored.
     */
    public void tick(ChecklistItem item) {
        String answer = item.getAnswer();
        boolean saved = answer != null && ChartSection.attempt(() -> procedures.tick(procedure.getPatientId(),
                procedure.getProcedureId(), item.getKey(), answer), ProcedureBean.FIELD_LABELS);
        procedure.refresh();
        if (!saved) {
            PrimeFaces.current().ajax().update("checklistForm:checklist");
        }
    }

    /** The checklist is worked through by physicians and nurses until the procedure is done or called off. */
    public boolean isMayTick() {
        return user.isMaySchedule() && procedure.hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }
}
