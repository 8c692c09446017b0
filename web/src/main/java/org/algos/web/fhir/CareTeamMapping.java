package org.algos.web.fhir;

import java.util.List;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;

/**
 * A patient's care team as a US Core CareTeam ({@code CareTeam/<patient id>}): each member as a
 * reference to their Practitioner (with the user name as identifier, so a client that does not
 * follow the reference still knows who it is) and their discipline as the participant's role.
 */
final class CareTeamMapping {

    static final String USERS = PractitionerMapping.USERS;
    static final String TEAM_ROLES = PractitionerMapping.DISCIPLINES;
    static final String US_CORE_CARE_TEAM = Fhir.US_CORE + "us-core-careteam";

    private CareTeamMapping() {
    }

    static CareTeam toFhir(long patientId, List<TeamMemberView> members) {
        CareTeam team = new CareTeam();
        team.setId("CareTeam/" + patientId);
        team.getMeta().addProfile(US_CORE_CARE_TEAM);
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Pain clinic care team");
        team.setSubject(Fhir.patientReference(patientId));
        for (TeamMemberView member : members) {
            team.addParticipant()
                    .addRole(new CodeableConcept().addCoding(new Coding(TEAM_ROLES, member.role().code(),
                            member.role().code())).setText(member.role().code()))
                    .setMember(Practitioners.reference(member.username(), member.displayName())
                            .setIdentifier(new Identifier().setSystem(USERS).setValue(member.username())));
        }
        return team;
    }
}
