package org.algos.web.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;

/**
 * Reads a chart page: one access check, one transaction and one audit event naming every section
 * read, however many sections the page shows. The sections get the guard's proof and read inside
 * this transaction, so none of them checks or audits again.
 */
@Stateless
public class ChartReader {

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    /** The chart's header and care team, read with the sections. */
    public record Opened(Patient patient, AuthorizedPatient access, List<TeamMemberView> members) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public Opened open(long patientId, List<ChartSection> sections) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ, "Chart",
                "chart read: patient, care team" + names(sections));
        Opened opened = new Opened(patients.read(patient), patient, careTeam.members(patient));
        sections.forEach(section -> section.read(patient));
        return opened;
    }

    /** One section again, after a change on the chart: its own check and audit event. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public void reread(long patientId, ChartSection section) {
        section.read(guard.authorize(patientId, AuditAction.READ, "Chart", "chart read: " + section.sectionName()));
    }

    private static String names(List<ChartSection> sections) {
        return sections.stream().map(s -> ", " + s.sectionName()).collect(Collectors.joining());
    }
}
