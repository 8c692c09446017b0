package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;

/** The procedure page's follow-ups form: pain and relief recorded after a completed procedure. */
@Named
@ViewScoped
public class ProcedureFollowUpsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureBean procedure;

    @Inject
    private Procedures procedures;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private LocalDate followUpDate;
    private Integer painNow;
    private Integer reliefPercent;
    private String functionNote;

    public void addFollowUp() {
        if (ChartSection.attempt(() -> procedures.followUp(procedure.getPatientId(), procedure.getProcedureId(),
                followUpDate == null ? null : followUpDate.toString(), painNow, reliefPercent, functionNote),
                ProcedureBean.FIELD_LABELS)) {
            Messages.info("Follow-up recorded: " + reliefPercent + " % relief.");
            followUpDate = null;
            painNow = null;
            reliefPercent = null;
            functionNote = null;
            procedure.refresh();
        }
    }

    public boolean isMayFollowUp() {
        return user.isMaySchedule() && procedure.isCompleted();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public Integer getPainNow() {
        return painNow;
    }

    public void setPainNow(Integer painNow) {
        this.painNow = painNow;
    }

    public Integer getReliefPercent() {
        return reliefPercent;
    }

    public void setReliefPercent(Integer reliefPercent) {
        this.reliefPercent = reliefPercent;
    }

    public String getFunctionNote() {
        return functionNote;
    }

    public void setFunctionNote(String functionNote) {
        this.functionNote = functionNote;
    }
}
