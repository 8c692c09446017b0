package org.algos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void byDefaultEachRoleIsTheGroupOfItsName() {
        RoleMapping mapping = RoleMapping.sameNames();
        for (Role role : Role.values()) {
            assertEquals(Optional.of(role), mapping.roleOf(List.of(role.code())));
        }
    }

    @Test
    void groupsThatAreNoAlgosRoleAreIgnored() {
        RoleMapping mapping = RoleMapping.sameNames();
        assertEquals(Optional.of(Role.NURSE),
                mapping.roleOf(List.of("default-roles-algos", "offline_access", "uma_authorization", "nurse")));
        assertEquals(Optional.empty(), mapping.roleOf(List.of("offline_access")));
        assertEquals(Optional.empty(), mapping.roleOf(List.of()));
    }

    @Test
    void twoAlgosRolesGiveNoneBecauseAPersonActsInExactlyOne() {
        RoleMapping mapping = RoleMapping.sameNames();
        assertEquals(Set.of(Role.PHYSICIAN, Role.ADMIN), mapping.rolesNamedBy(List.of("physician", "admin")));
        assertEquals(Optional.empty(), mapping.roleOf(List.of("physician", "admin")));
    }

    @Test
    void aHospitalMapsItsOwnGroupNames() {
        RoleMapping mapping = RoleMapping.of(Map.of(
                Role.PHYSICIAN, List.of("pain-physician", "anaesthetist"),
                Role.NURSE, List.of("pain-nurse")));
        assertEquals(Optional.of(Role.PHYSICIAN), mapping.roleOf(List.of("anaesthetist")));
        assertEquals(Optional.of(Role.PHYSICIAN), mapping.roleOf(List.of("pain-physician", "anaesthetist")));
        assertEquals(Optional.of(Role.NURSE), mapping.roleOf(List.of("pain-nurse")));
        assertTrue(mapping.rolesNamedBy(List.of("physician")).isEmpty(), "mapped roles replace the default names");
    }

    @Test
    void oneGroupForTwoRolesIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.of(Map.of(
                Role.PHYSICIAN, List.of("clinician"), Role.NURSE, List.of("clinician"))));
    }
}
