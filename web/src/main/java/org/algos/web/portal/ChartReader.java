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
 * read or counted, however many sections the page shows; then one of each for every section the
 * user opens. The sections get the guard's proof and read inside this transaction, so none of
 * them checks or audits again.
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
        List<ChartSection> read = sections.stream().filter(ChartSection::isReadOnOpen).toList();
        List<ChartSection> counted = sections.stream().filter(s -> !s.isReadOnOpen()).toList();
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ, "Chart",
                "chart read: patient, care team" + names(read)
                        + (counted.isEmpty() ? "" : "; counted for the menu: " + names(counted).substring(2)));
        Opened opened = new Opened(patients.read(patient), patient, careTeam.members(patient));
        sections.forEach(section -> section.open(patient));
        return opened;
    }

    /** Sections opened on the chart, or read again after a change: their own check and audit event. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public void load(long patientId, List<ChartSection> sections) {
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.READ, "Chart",
                "chart read: " + names(sections).substring(2));
        sections.forEach(section -> section.load(patient));
    }

    /** ", a, b" for sections a and b, in alphabetical order so that events read alike. */
    private static String names(List<ChartSection> sections) {
        return sections.stream().map(ChartSection::sectionName).sorted().map(name -> ", " + name)
                .collect(Collectors.joining());
    }
}
