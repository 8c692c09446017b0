package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;

/**
 * The procedure page's status form: checking the patient in and cancelling the procedure. The
 * page is read again either way, so a refusal shows the procedure as it now stands.
 */
@Named
@ViewScoped
public class ProcedureStatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBean procedure;

    @Inject
    private Procedures procedures;

    @Inject
    private PortalUser user;

    public void checkIn() {
        if (ChartSection.attempt(() -> procedures.checkIn(procedure.getPatientId(), procedure.getProcedureId()))) {
            Messages.info("Checked in.");
        }
        procedure.refresh();
    }

    public void cancel() {
        if (ChartSection.attempt(() -> procedures.cancel(procedure.getPatientId(), procedure.getProcedureId()))) {
            Messages.info("Procedure cancelled.");
        }
        procedure.refresh();
    }

    public boolean isMayCheckIn() {
        return user.isMaySchedule() && procedure.hasStatus(ProcedureStatus.SCHEDULED);
    }

    public boolean isMayCancel() {
        return user.isMaySchedule() && procedure.hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }
}
