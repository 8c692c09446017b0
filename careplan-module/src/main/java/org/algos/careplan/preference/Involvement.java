package org.algos.careplan.preference;

import java.util.Locale;

/**
 * How involved the patient wants to be in decisions about treatment: the five roles of the
 * Control Preferences Scale (Degner, Sloan and Venkatesh 1997), from deciding alone to leaving
 * the decision to the team, in our own words.
 */
public enum Involvement {
    DECIDE_MYSELF("I want to make the final decision myself."),
    DECIDE_AFTER_ADVICE("I want to make the final decision after hearing my team's opinion."),
    SHARE("I want my team and me to decide together."),
    TEAM_AFTER_MY_VIEWS("I want my team to decide, taking my views into account."),
    TEAM_DECIDES("I want my team to make the decisions.");

    private final String statement;

    Involvement(String statement) {
        this.statement = statement;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role in the patient's words. */
    public String statement() {
        return statement;
    }
}
