package org.algos.domain.port;

import java.util.Set;

/**
 * Generic drug names a module's rules know (the held anticoagulants, say), offered to the
 * medication form's suggestions. Every module that knows drugs may implement it.
 */
public interface DrugNames {

    /** Generic names in lower case. */
    Set<String> names();
}
