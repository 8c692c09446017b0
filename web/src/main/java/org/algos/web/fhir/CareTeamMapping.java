package org.algos.web.fhir;

import java.util.List;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * A patient's care team as a US Core CareTeam ({@code CareTeam/<patient id>}): each member by
 * their Algos user name (a logical reference: Algos keeps no Practitioner records of its own) and
 * their discipline as the participant's role, in an Algos code system.
 */
final class CareTeamMapping {

    static final String USERS = Fhir.ALGOS_CODES + "user";
    static final String TEAM_ROLES = Fhir.ALGOS_CODES + "team-role";
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
                    .setMember(new Reference().setIdentifier(new Identifier().setSystem(USERS)
                            .setValue(member.username())).setDisplay(member.displayName()));
        }
        return team;
    }
}
