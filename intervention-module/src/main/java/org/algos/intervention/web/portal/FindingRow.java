package org.algos.intervention.web.portal;

import java.io.Serializable;
import org.algos.domain.common.RuleFinding;
import org.algos.intervention.eligibility.Finding;

/** One line of an eligibility answer as the portal shows it: the rule, what it found, and its source. */
public record FindingRow(String rule, String message, String source) implements Serializable {

    static FindingRow of(Finding f) {
        return new FindingRow(f.rule(), f.message(), f.source());
    }

    static FindingRow of(RuleFinding f) {
        return new FindingRow(f.rule(), f.message(), f.source());
    }
}
