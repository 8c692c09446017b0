package org.algos.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.user.Role;

/**
 * Which Algos role a person signed in through the identity provider holds, read from the groups
 * (realm roles) the provider sends. By default each Algos role is the group of the same name; a
 * hospital whose realm names its roles differently maps them with {@code algos.oidc.role.<role>}.
 * Algos gives each person exactly one role, so groups naming two Algos roles hold none.
 */
public final class RoleMapping {

    private final Map<String, Role> roleByGroup;

    private RoleMapping(Map<String, Role> roleByGroup) {
        this.roleByGroup = Map.copyOf(roleByGroup);
    }

    /** Each role is the group of its own name: physician, nurse, … */
    public static RoleMapping sameNames() {
        Map<Role, List<String>> groups = new HashMap<>();
        for (Role role : Role.values()) {
            groups.put(role, List.of(role.code()));
        }
        return of(groups);
    }

    /** @throws IllegalArgumentException when one group is given to two roles */
    public static RoleMapping of(Map<Role, List<String>> groupsByRole) {
        Map<String, Role> byGroup = new HashMap<>();
        groupsByRole.forEach((role, groups) -> groups.forEach(group -> {
            Role earlier = byGroup.putIfAbsent(group, role);
            if (earlier != null && earlier != role) {
                throw new IllegalArgumentException("The group '" + group + "' is mapped to both " + earlier.code()
                        + " and " + role.code());
            }
        }));
        return new RoleMapping(byGroup);
    }

    /** The Algos roles that these groups name; other groups (e.g. offline_access) are ignored. */
    public Set<Role> rolesNamedBy(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = roleByGroup.get(group);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The one Algos role these groups give, or empty when they name none or several. */
    public Optional<Role> roleOf(Collection<String> groups) {
        Set<Role> roles = rolesNamedBy(groups);
        return roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
    }
}
