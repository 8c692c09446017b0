package org.algos.domain.careteam;

import java.time.LocalDateTime;
import org.algos.domain.user.Role;

/** A care-team member with the name people know them by. */
public record TeamMemberView(String username, String displayName, Role role, LocalDateTime addedAt, String addedBy) {
}
