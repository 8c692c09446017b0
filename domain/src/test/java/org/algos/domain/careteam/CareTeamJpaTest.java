package org.algos.domain.careteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The care team as listed and extended against the real tables. */
class CareTeamJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final CareTeam team = db.service(CareTeam.class);

    @Test
    void membersAreListedInTheOrderTheyJoinedWithTheirNames() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller kim = db.people().staff("nurse.kim", Role.NURSE);
        db.people().staff("nurse.elsewhere", Role.NURSE, db.people().patient("John", "Roe"));
        db.actAs(lee);

        assertTrue(db.call(() -> team.add(jane.id(), kim.username(), null)));
        List<TeamMemberView> members = db.call(() -> team.members(jane.id()));

        assertEquals(List.of(lee.username(), kim.username()), members.stream().map(TeamMemberView::username).toList());
        assertEquals("nurse.kim", members.get(1).displayName());
        assertEquals(Role.NURSE, members.get(1).role());
        assertEquals(lee.username(), members.get(1).addedBy());
        assertFalse(db.call(() -> team.add(jane.id(), kim.username(), null)), "already on the team");
    }

    @Test
    void theNewMemberCanOpenTheRecordAfterwards() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller pt = db.people().staff("physio.sam", Role.PHYSIOTHERAPIST);
        db.actAs(pt);
        assertThrows(AccessDeniedException.class, () -> db.call(() -> team.members(jane.id())));

        db.actAs(lee);
        db.run(() -> team.add(jane.id(), pt.username(), "physiotherapist"));
        db.actAs(pt);

        assertEquals(2, db.call(() -> team.members(jane.id())).size());
    }

    @Test
    void anAdministratorListsTheTeamWithoutChartAccessAndOnlyCliniciansJoin() {
        Patient jane = db.people().patient("Jane", "Doe");
        db.people().physician("dr.lee", jane);
        Caller admin = db.people().staff("admin.al", Role.ADMIN);
        Caller auditor = db.people().staff("auditor.ann", Role.AUDITOR);
        db.actAs(admin);

        assertEquals(1, db.call(() -> team.members(jane.id())).size());
        assertThrows(InvalidInputException.class, () -> db.call(() -> team.add(jane.id(), auditor.username(), null)));

        List<AuditEvent> events = db.auditEventsOf(admin);
        assertEquals(1, events.size(), "the listing is audited, the refused addition wrote nothing");
        assertEquals("administration", events.get(0).purpose());
    }

    @Test
    void anAdministratorTakesAClinicianOffTheTeamFlaggedAndTheyCanNoLongerOpenTheRecord() {
        Patient jane = db.people().patient("Jane", "Doe");
        db.people().physician("dr.lee", jane);
        Caller kim = db.people().staff("nurse.kim", Role.NURSE, jane);
        Caller admin = db.people().staff("admin.al", Role.ADMIN);
        db.actAs(admin);

        assertTrue(db.call(() -> team.remove(jane.id(), kim.username())));
        assertFalse(db.call(() -> team.remove(jane.id(), kim.username())), "no longer on it");

        AuditEvent removal = db.auditEventsOf(admin).stream().filter(e -> e.detail().startsWith("remove member"))
                .findFirst().orElseThrow();
        assertTrue(removal.flagged(), "an administrator's change to a team is flagged for review");
        db.actAs(kim);
        assertThrows(AccessDeniedException.class, () -> db.call(() -> team.members(jane.id())));
    }

    @Test
    void onlyAPhysicianOnTheTeamRemovesMembers() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller kim = db.people().staff("nurse.kim", Role.NURSE, jane);
        db.actAs(db.people().physician("dr.outside"));
        assertThrows(AccessDeniedException.class, () -> db.call(() -> team.remove(jane.id(), kim.username())));
        db.actAs(lee);
        assertTrue(db.call(() -> team.remove(jane.id(), kim.username())));
    }
}
