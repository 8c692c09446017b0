package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.common.RuleRefusedException;
import org.algos.domain.patient.PatientRegistry;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.offer.ClinicOffer;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;

/**
 * Scheduling a procedure: the choice of procedure, side, levels and date, the eligibility panel
 * recomputed on the server as the choice changes, and booking. When a rule refuses the booking a
 * physician may book anyway with a written reason; others see the reasons only.
 */
@Named
@ViewScoped
public class SchedulingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("procedure", "Procedure", "side", "Side",
            "levels", "Levels", "date", "Date", "override.reason", "Reason for the override");

    /**
     * The eligibility answer as the panel shows it. {@code holds} are the medication holds by the
     * procedure's bleeding risk (ASRA): the drug, the instruction with its last-dose date, the source.
     */
    public record EligibilityView(boolean eligible, List<FindingRow> reasons, List<FindingRow> warnings,
                                  List<FindingRow> met, List<FindingRow> holds) implements Serializable {

        static EligibilityView of(Procedures.EligibilityAnswer answer) {
            EligibilityResult r = answer.result();
            return new EligibilityView(r.eligible(), r.reasons().stream().map(FindingRow::of).toList(),
                    r.warnings().stream().map(FindingRow::of).toList(), r.met().stream().map(FindingRow::of).toList(),
                    answer.holds().stream().map(h -> new FindingRow(h.drug(), h.instruction(), h.source())).toList());
        }
    }

    /** A booking the rules refused: the summary and every refusing rule, as the service gave them. */
    public record Refusal(String summary, List<FindingRow> reasons) implements Serializable {

        static Refusal of(RuleRefusedException e) {
            return new Refusal(e.getMessage(), e.reasons().stream().map(FindingRow::of).toList());
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private Procedures procedures;

    @Inject
    private ClinicOffer clinicOffer;

    private List<ProcedureChoice> catalogue;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private Long patientId;
    private String patientName;
    private String procedure;
    private String side;
    private List<String> levels = new ArrayList<>();
    private LocalDate date;
    private EligibilityView eligibility;
    private Refusal refusal;
    private String overrideReason;

    public void load() {
        if (patientId == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        if (!user.isMaySchedule()) {
            Messages.error("Procedures are scheduled by physicians and nurses.");
            return;
        }
        try {
            patientName = PatientRow.of(patients.open(patientId).patient()).name();
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    /** A new procedure keeps the side and levels only where it names them too. */
    public void procedureChanged() {
        Optional<ProcedureChoice> chosen = ProcedureChoice.find(procedure);
        if (chosen.isEmpty() || !chosen.get().needsSide()) {
            side = null;
        }
        List<String> offered = ProcedureChoice.segments(procedure);
        levels = new ArrayList<>(levels.stream().filter(offered::contains).toList());
        check();
    }

    /** Asks the rules again for the current choice; an earlier refusal no longer applies to it. */
    public void check() {
        refusal = null;
        overrideReason = null;
        eligibility = null;
        if (isComplete()) {
            try {
                eligibility = EligibilityView.of(procedures.eligibility(patientId, procedure, side, date.toString()));
            } catch (RuntimeException e) {
                if (!Messages.report(e, FIELD_LABELS)) {
                    throw e;
                }
            }
        }
    }

    public String book() {
        return book(false);
    }

    /** Books against the refusing rules; only a physician may, and only with a reason. */
    public String bookWithOverride() {
        return book(true);
    }

    private String book(boolean override) {
        try {
            ProcedureRecord booked = procedures.book(patientId, new Procedures.Booking(procedure, side,
                    List.copyOf(levels), date == null ? null : date.toString(), "scheduled", null, null,
                    override ? overrideReason : null, override));
            Messages.infoAfterRedirect("Booked: " + ProcedureChoice.nameOf(booked.procedure())
                    + placementText(booked) + " on " + booked.date()
                    + (booked.overrideReason() == null ? "." : ", overriding the eligibility rules."));
            return "/app/patient?faces-redirect=true&id=" + patientId;
        } catch (RuleRefusedException e) {
            refusal = Refusal.of(e);
            Messages.report(e);
            return null;
        } catch (RuntimeException e) {
            if (!Messages.report(e, FIELD_LABELS)) {
                throw e;
            }
            return null;
        }
    }

    private static String placementText(ProcedureRecord r) {
        String placement = ProcedureChoice.placement(r.side(), r.levels());
        return "—".equals(placement) ? "" : " (" + placement + ")";
    }

    /** Whether the choice is complete enough to ask the rules: procedure, date, and the side where needed. */
    public boolean isComplete() {
        Optional<ProcedureChoice> chosen = ProcedureChoice.find(procedure);
        return chosen.isPresent() && date != null && (!chosen.get().needsSide() || (side != null && !side.isBlank()));
    }

    /** What is still to choose before the rules can answer. */
    public String getMissing() {
        List<String> missing = new ArrayList<>();
        Optional<ProcedureChoice> chosen = ProcedureChoice.find(procedure);
        if (chosen.isEmpty()) {
            missing.add("a procedure");
        } else if (chosen.get().needsSide() && (side == null || side.isBlank())) {
            missing.add("the side");
        }
        if (date == null) {
            missing.add("a date");
        }
        return missing.isEmpty() ? "" : "Choose " + String.join(" and ", missing)
                + " to see whether the eligibility rules allow the procedure.";
    }

    /** The panel's one-line answer. */
    public String getVerdict() {
        if (eligibility == null) {
            return "";
        }
        int refusing = eligibility.reasons().size();
        return eligibility.eligible() ? "Eligible: no rule refuses."
                : "Not eligible: " + refusing + (refusing == 1 ? " rule refuses." : " rules refuse.");
    }

    /** The rules a booking with override would overrule, by name. */
    public String getRefusedRules() {
        return refusal == null ? "" : String.join(", ", refusal.reasons().stream().map(FindingRow::rule).toList());
    }

    public boolean isReady() {
        return patientName != null;
    }

    public ProcedureChoice getChosen() {
        return ProcedureChoice.find(procedure).orElse(null);
    }

    /** The procedures this clinic offers, read once per view. */
    public List<ProcedureChoice> getCatalogue() {
        if (catalogue == null) {
            Set<Procedure> offered = clinicOffer.offered();
            catalogue = ProcedureChoice.all().stream().filter(c -> offered.contains(Procedure.parse(c.code()))).toList();
        }
        return catalogue;
    }

    public List<String> getSides() {
        return ProcedureChoice.sides();
    }

    public List<String> getSegments() {
        return ProcedureChoice.segments(procedure);
    }

    public String getBleedingRiskSource() {
        return ProcedureChoice.BLEEDING_RISK_SOURCE;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public EligibilityView getEligibility() {
        return eligibility;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
