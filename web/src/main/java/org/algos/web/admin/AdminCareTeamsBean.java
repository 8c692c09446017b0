package org.algos.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PagedRows;

/**
 * Care teams: a patient found by MRN or name (demographics only), the team with roles and
 * since-dates, a clinician added or taken off. An administrator's change is flagged for review.
 */
@Named
@ViewScoped
public class AdminCareTeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> LABELS = Map.of("username", "Clinician's user name", "role", "Team role",
            "q", "MRN or name");

    /** A patient as the search lists them: who, not what is in their chart. */
    public record PatientRow(long id, String name, String mrn, LocalDate birthDate) implements Serializable {

        static PatientRow of(Patient p) {
            return new PatientRow(p.id(), p.fullName(), p.mrn(), p.birthDate());
        }
    }

    /** A member of the team. */
    public record MemberRow(String username, String displayName, String role, LocalDate since, String addedBy)
            implements Serializable {

        static MemberRow of(TeamMemberView m) {
            return new MemberRow(m.username(), m.displayName(), m.role().code(), m.addedAt().toLocalDate(), m.addedBy());
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    private String query;
    private PatientRow chosen;
    private List<MemberRow> members = List.of();
    private String newMember;
    private String newRole;

    private final PagedRows<PatientRow> found = PagedRows.of((page, size) -> query == null || query.isBlank()
            ? new org.algos.domain.common.Page<>(List.of(), page, size, 0)
            : patients.searchForAdministration(query, page, size).map(PatientRow::of), r -> String.valueOf(r.id()));

    public void choose(PatientRow patient) {
        chosen = patient;
        readTeam();
    }

    private void readTeam() {
        if (chosen != null) {
            ChartSection.attempt(() -> members = careTeam.members(chosen.id()).stream().map(MemberRow::of).toList());
        }
    }

    public void add() {
        if (chosen != null && ChartSection.attempt(() -> {
            if (!careTeam.add(chosen.id(), newMember == null ? null : newMember.strip(), newRole)) {
                Messages.info(newMember + " is on the team already.");
            }
        }, LABELS)) {
            readTeam();
            newMember = null;
            newRole = null;
        }
    }

    public void remove(String username) {
        if (chosen != null && ChartSection.attempt(() -> careTeam.remove(chosen.id(), username))) {
            Messages.info(username + " is no longer on the care team of " + chosen.name() + ".");
            readTeam();
        }
    }

    public PagedRows<PatientRow> getFound() {
        return found;
    }

    public PatientRow getChosen() {
        return chosen;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }
}
