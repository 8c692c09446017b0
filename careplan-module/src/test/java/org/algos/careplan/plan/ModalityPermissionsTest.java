package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModalityPermissionsTest {

    @ParameterizedTest
    @EnumSource(Discipline.class)
    void physiciansAndNursesEditEveryModality(Discipline discipline) {
        assertTrue(ModalityPermissions.mayEdit(Role.PHYSICIAN, discipline));
        assertTrue(ModalityPermissions.mayEdit(Role.NURSE, discipline));
    }

    @ParameterizedTest
    @EnumSource(Discipline.class)
    void aPhysiotherapistEditsPhysiotherapyOnly(Discipline discipline) {
        assertEquals(discipline == Discipline.PHYSIOTHERAPY,
                ModalityPermissions.mayEdit(Role.PHYSIOTHERAPIST, discipline));
    }

    @ParameterizedTest
    @EnumSource(Discipline.class)
    void aPsychologistEditsCbtOnly(Discipline discipline) {
        assertEquals(discipline == Discipline.CBT, ModalityPermissions.mayEdit(Role.PSYCHOLOGIST, discipline));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PATIENT", "ADMIN", "AUDITOR"})
    void nobodyOutsideTheClinicalDisciplinesEditsAny(Role role) {
        assertTrue(ModalityPermissions.editableBy(role).isEmpty());
        for (Discipline discipline : Discipline.values()) {
            assertFalse(ModalityPermissions.mayEdit(role, discipline));
        }
    }

    @Test
    void theEditableSetsAreExactly() {
        assertEquals(EnumSet.allOf(Discipline.class), ModalityPermissions.editableBy(Role.PHYSICIAN));
        assertEquals(EnumSet.of(Discipline.PHYSIOTHERAPY), ModalityPermissions.editableBy(Role.PHYSIOTHERAPIST));
        assertEquals(EnumSet.of(Discipline.CBT), ModalityPermissions.editableBy(Role.PSYCHOLOGIST));
    }

    @Test
    void theRefusalSaysWhatTheCallerMayEditInstead() {
        String reason = ModalityPermissions.refusal(Role.PHYSIOTHERAPIST, Discipline.CBT);
        assertEquals("The physiotherapist role edits PHYSIOTHERAPY modalities only, not CBT.", reason);
        assertEquals("The patient role edits no modalities.", ModalityPermissions.refusal(Role.PATIENT, Discipline.CBT));
    }

    @Test
    void disciplinesAreReadInAnyLetterCase() {
        assertEquals(Discipline.PHYSIOTHERAPY, Discipline.fromCode(" physiotherapy ").orElseThrow());
        assertEquals(Discipline.CBT, Discipline.fromCode("CBT").orElseThrow());
        assertTrue(Discipline.fromCode("yoga").isEmpty());
        assertTrue(Discipline.fromCode(null).isEmpty());
        assertTrue(Discipline.allowed().startsWith("PHYSIOTHERAPY, CBT, ACUPUNCTURE"));
    }
}
