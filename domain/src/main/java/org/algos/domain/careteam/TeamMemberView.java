package org.algos.domain.careteam;

import java.time.LocalDateTime;
import org.algos.domain.user.Role;

/**
 * A care-team member with the name people know them by, and whether an administrator (rather
 * than a physician of the team) added them: such a grant is shown to the team and flagged for
 * review.
 */
public record TeamMemberView(String username, String displayName, Role role, LocalDateTime addedAt, String addedBy,
                             boolean addedByAdministrator) {

    /** The query's form: the role of whoever added the member, null when that account is gone. */
    public TeamMemberView(String username, String displayName, Role role, LocalDateTime addedAt, String addedBy,
                          Role addedByRole) {
        this(username, displayName, role, addedAt, addedBy, addedByRole == Role.ADMIN);
    }
}
