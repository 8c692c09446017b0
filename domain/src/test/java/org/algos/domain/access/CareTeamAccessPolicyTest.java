package org.algos.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.domain.access.CareTeamAccessPolicy.Facts;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CareTeamAccessPolicyTest {

    private static final long JANE = 1;
    private static final long JOHN = 2;
    private static final Facts NOTHING = new Facts(false, false);
    private static final Facts ON_TEAM = new Facts(true, false);
    private static final Facts GRANT = new Facts(false, true);

    private final CareTeamAccessPolicy policy = new CareTeamAccessPolicy();

    private static Caller as(Role role) {
        return new Caller("someone", "Someone", role, null);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PHYSICIAN", "NURSE", "PHYSIOTHERAPIST", "PSYCHOLOGIST"})
    void aClinicianOnTheCareTeamOpensTheRecordForTreatment(Role role) {
        AccessDecision decision = policy.decide(as(role), JANE, ON_TEAM);
        assertTrue(decision.allowed());
        assertEquals(AccessBasis.CARE_TEAM, decision.basis());
        assertEquals("treatment", decision.basis().purpose());
        assertFalse(decision.needsReview());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PHYSICIAN", "NURSE", "PHYSIOTHERAPIST", "PSYCHOLOGIST"})
    void aClinicianOutsideTheTeamIsRefusedAndToldAboutBreakingTheGlass(Role role) {
        AccessDecision decision = policy.decide(as(role), JANE, NOTHING);
        assertFalse(decision.allowed());
        assertTrue(decision.reason().contains("break the glass"), decision.reason());
    }

    @Test
    void aBreakGlassGrantOpensTheRecordFlaggedForReview() {
        AccessDecision decision = policy.decide(as(Role.PHYSICIAN), JANE, GRANT);
        assertTrue(decision.allowed());
        assertEquals(AccessBasis.BREAK_GLASS, decision.basis());
        assertTrue(decision.needsReview());
    }

    @Test
    void aBreakGlassGrantReadsButWritesOnlyWithAnEmergencyReasonToWrite() {
        Caller er = as(Role.PHYSICIAN);
        assertTrue(policy.decide(er, JANE, GRANT, AuditAction.READ).allowed());
        for (AuditAction write : List.of(AuditAction.CREATE,
                AuditAction.UPDATE, AuditAction.DELETE)) {
            AccessDecision refused = policy.decide(er, JANE, GRANT, write);
            assertFalse(refused.allowed(), write::name);
            assertTrue(refused.reason().contains("read-only"));
            assertTrue(policy.decide(er, JANE, new Facts(false, true, true), write).allowed(), write::name);
            assertTrue(policy.decide(er, JANE, ON_TEAM, write).allowed(), "the team writes without a grant");
        }
    }

    @Test
    void anAdministratorHasNoChartAccessWithoutBreakingTheGlass() {
        assertFalse(policy.decide(as(Role.ADMIN), JANE, NOTHING).allowed());
        // Even a stray membership row gives an administrator nothing: only clinicians sit on teams.
        assertFalse(policy.decide(as(Role.ADMIN), JANE, ON_TEAM).allowed());
        assertTrue(policy.decide(as(Role.ADMIN), JANE, GRANT).allowed());
    }

    @Test
    void anAuditorNeverOpensARecordAndCannotBreakTheGlass() {
        assertFalse(policy.decide(as(Role.AUDITOR), JANE, NOTHING).allowed());
        assertFalse(policy.decide(as(Role.AUDITOR), JANE, GRANT).allowed());
        assertFalse(policy.mayBreakGlass(Role.AUDITOR));
    }

    @Test
    void aPatientOpensTheirOwnRecordOnlyWhateverElseIsTrue() {
        Caller jane = new Caller("pat.doe", "Jane Doe", Role.PATIENT, JANE);
        assertEquals(AccessBasis.SELF, policy.decide(jane, JANE, NOTHING).basis());
        assertFalse(policy.decide(jane, JOHN, NOTHING).allowed());
        assertFalse(policy.decide(jane, JOHN, new Facts(true, true)).allowed());
        assertFalse(policy.mayBreakGlass(Role.PATIENT));
    }

    @Test
    void aPatientAccountWithoutALinkedRecordOpensNothing() {
        Caller unlinked = new Caller("pat.x", "X", Role.PATIENT, null);
        assertFalse(policy.decide(unlinked, JANE, NOTHING).allowed());
    }
}
