package org.algos.web.portal;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.diagnosis.web.portal.AssessmentEntryBean;
import org.algos.domain.access.AccessBasis;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.BreakGlass;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.patient.Patient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.ChartShell;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;

/**
 * The patient chart: header, care team and the way into questionnaires; offers break-glass when
 * access is refused. The clinical sections are the feature slices' {@link ChartSection} beans: the
 * page reads them all under one access check, in one transaction, with one audit event
 * ({@link ChartReader}).
 */
@Named
@ViewScoped
public class PatientChartBean implements ChartShell, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChartReader reader;

    @Inject
    @Any
    private Instance<ChartSection> sections;

    @Inject
    private CareTeam careTeam;

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private PortalUser user;

    private Long id;
    /** A section to open with the chart ({@code ?id=…&open=procedures}), for links that lead to one. */
    private String openedSection;
    private PatientRow patient;
    private int age;
    private AccessBasis access;
    private List<TeamMemberView> members = List.of();
    private boolean denied;
    private String breakGlassReason;
    private String breakGlassWriteReason;
    private LocalDateTime grantExpiresAt;
    private String newMemberUsername;
    private String chosenInstrument;

    public void load() {
        if (id == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        try {
            ChartReader.Opened opened = reader.open(id, shownSections());
            Patient p = opened.patient();
            patient = PatientRow.of(p);
            age = p.ageOn(LocalDate.now());
            access = opened.access().basis();
            members = opened.members();
            denied = false;
            open(openedSection);
        } catch (AccessDeniedException e) {
            denied = true;
            patient = null;
            Messages.error(e.getMessage());
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    @Override
    public void reread(ChartSection section) {
        if (id != null) {
            ChartSection.attempt(() -> reader.load(id, List.of(section)));
        }
    }

    /**
     * Opens the chart section named by the request parameter {@code section} (its anchor, e.g.
     * {@code procedures}): reads every shown section with that anchor not read yet.
     */
    public void openSection() {
        open(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("section"));
    }

    private void open(String anchor) {
        if (id == null || patient == null || anchor == null) {
            return;
        }
        List<ChartSection> closed = shownSections().stream()
                .filter(s -> s.anchor().equals(anchor) && !s.isLoaded()).toList();
        if (!closed.isEmpty()) {
            ChartSection.attempt(() -> reader.load(id, closed));
        }
    }

    private List<ChartSection> shownSections() {
        return sections.stream().filter(ChartSection::isShown).toList();
    }

    public void breakTheGlass() {
        try {
            BreakGlassGrant grant = breakGlass.breakGlass(id, breakGlassReason, breakGlassWriteReason);
            grantExpiresAt = grant.expiresAt();
            breakGlassReason = null;
            breakGlassWriteReason = null;
            load();
            Messages.info("Emergency access granted until " + grant.expiresAt() + " UTC"
                    + (grant.allowsWrites() ? ", with changes allowed" : ", read-only")
                    + ". This access is flagged for review.");
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    public void addMember() {
        try {
            boolean added = careTeam.add(id, newMemberUsername == null ? null : newMemberUsername.strip(), null);
            members = careTeam.members(id);
            Messages.info(added ? newMemberUsername + " joined the care team." : newMemberUsername + " is already on the care team.");
            newMemberUsername = null;
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
        }
    }

    /** Opens the entry form of the chosen questionnaire. */
    public String startAssessment() {
        if (chosenInstrument == null || chosenInstrument.isBlank()) {
            Messages.error("Choose a questionnaire first.");
            return null;
        }
        return "/app/assessment?faces-redirect=true&patient=" + id + "&instrument=" + chosenInstrument;
    }

    /** The questionnaires the signed-in user's role may record. */
    public List<AssessmentEntryBean.Choice> getInstrumentChoices() {
        return AssessmentEntryBean.recordableBy(user.getRoleValue());
    }

    public String getChosenInstrument() {
        return chosenInstrument;
    }

    public void setChosenInstrument(String chosenInstrument) {
        this.chosenInstrument = chosenInstrument;
    }

    public boolean isMayBreakGlass() {
        return denied && (user.isClinician() || user.isAdmin());
    }

    public boolean isMayAddMembers() {
        return patient != null && (user.isAdmin()
                || (user.isPhysician() && members.stream().anyMatch(m -> m.username().equals(user.getCaller().username()))));
    }

    public boolean isBrokenGlass() {
        return access == AccessBasis.BREAK_GLASS;
    }

    public Long getId() {
        return id;
    }

    public String getOpen() {
        return openedSection;
    }

    public void setOpen(String anchor) {
        this.openedSection = anchor;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatientRow getPatient() {
        return patient;
    }

    public int getAge() {
        return age;
    }

    public String getAccessPurpose() {
        return access == null ? "" : access.purpose();
    }

    public List<TeamMemberView> getMembers() {
        return members;
    }

    public boolean isDenied() {
        return denied;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String breakGlassReason) {
        this.breakGlassReason = breakGlassReason;
    }

    public String getBreakGlassWriteReason() {
        return breakGlassWriteReason;
    }

    public void setBreakGlassWriteReason(String breakGlassWriteReason) {
        this.breakGlassWriteReason = breakGlassWriteReason;
    }

    public LocalDateTime getGrantExpiresAt() {
        return grantExpiresAt;
    }

    public String getNewMemberUsername() {
        return newMemberUsername;
    }

    public void setNewMemberUsername(String newMemberUsername) {
        this.newMemberUsername = newMemberUsername;
    }
}
