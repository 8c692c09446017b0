package org.algos.diagnosis.assessment;

import java.util.Map;
import java.util.Set;
import org.algos.domain.user.Role;

/**
 * Which instruments each role records (product design, "Who uses it and how"): physicians and
 * nurses any; physiotherapists the functional ones; psychologists mood and catastrophizing;
 * patients their own questionnaires, but not the Opioid Risk Tool, which a clinician
 * administers.
 */
public final class InstrumentPermissions {

    private static final Set<String> ALL = Set.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS", "DN4", "PEG",
            "STARTBACK", "ORT");
    private static final Map<Role, Set<String>> BY_ROLE = Map.of(
            Role.PHYSICIAN, ALL,
            Role.NURSE, ALL,
            Role.PHYSIOTHERAPIST, Set.of("BPI", "ODI", "NDI", "PEG", "STARTBACK"),
            Role.PSYCHOLOGIST, Set.of("PHQ9", "GAD7", "PCS", "STARTBACK"),
            Role.PATIENT, Set.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS", "PEG", "STARTBACK"));

    private InstrumentPermissions() {
    }

    public static boolean mayRecord(Role role, String instrumentCode) {
        return BY_ROLE.getOrDefault(role, Set.of()).contains(instrumentCode);
    }
}
