package org.algos.careplan.plan;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.domain.user.Role;

/**
 * Which discipline edits which modalities (product design, "Who uses it and how"): physicians and
 * nurses edit any; a physiotherapist the physiotherapy modalities; a psychologist the CBT
 * modalities; patients, administrators, auditors and bulk-export accounts none.
 */
public final class ModalityPermissions {

    private ModalityPermissions() {
    }

    public static Set<Discipline> editableBy(Role role) {
        return switch (role) {
            case PHYSICIAN, NURSE -> EnumSet.allOf(Discipline.class);
            case PHYSIOTHERAPIST -> EnumSet.of(Discipline.PHYSIOTHERAPY);
            case PSYCHOLOGIST -> EnumSet.of(Discipline.CBT);
            case PATIENT, ADMIN, AUDITOR, BULK_EXPORT -> EnumSet.noneOf(Discipline.class);
        };
    }

    public static boolean mayEdit(Role role, Discipline discipline) {
        return editableBy(role).contains(discipline);
    }

    /** The reason given when {@link #mayEdit} says no. */
    public static String refusal(Role role, Discipline discipline) {
        Set<Discipline> own = editableBy(role);
        if (own.isEmpty()) {
            return "The " + role.code() + " role edits no modalities.";
        }
        return "The " + role.code() + " role edits " + own.stream().map(Discipline::name)
                .collect(Collectors.joining(", ")) + " modalities only, not " + discipline.name() + ".";
    }
}
