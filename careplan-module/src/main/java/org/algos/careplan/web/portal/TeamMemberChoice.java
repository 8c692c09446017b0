package org.algos.careplan.web.portal;

import java.io.Serializable;
import org.algos.domain.careteam.TeamMemberView;

/** A care-team member as a drop-down offers them: the username sent and "name (role)" shown. */
public record TeamMemberChoice(String value, String label) implements Serializable {

    static TeamMemberChoice of(TeamMemberView m) {
        return new TeamMemberChoice(m.username(), m.displayName() + " (" + m.role().code() + ")");
    }
}
