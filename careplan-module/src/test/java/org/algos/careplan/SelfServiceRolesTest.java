package org.algos.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.PatientEducation;
import org.algos.careplan.preference.PatientPreferences;
import org.junit.jupiter.api.Test;

/**
 * Who may call the self-service services, as declared on each method; the access guard then
 * keeps a patient to their own record (CareTeamAccessPolicyTest) and clinicians to their team.
 */
class SelfServiceRolesTest {

    private static final Set<String> TEAM = Set.of("physician", "nurse", "physiotherapist", "psychologist");
    private static final Set<String> READERS = Set.of("physician", "nurse", "physiotherapist", "psychologist",
            "patient", "admin");

    private static Set<String> roles(Class<?> service, String method) {
        Method m = Arrays.stream(service.getDeclaredMethods()).filter(x -> x.getName().equals(method)).findFirst()
                .orElseThrow();
        RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
        assertNotNull(allowed, method + " declares its roles");
        return new TreeSet<>(Arrays.asList(allowed.value()));
    }

    @Test
    void theTeamGivesTextsAndOnlyThePatientMarksThemRead() {
        assertEquals(new TreeSet<>(TEAM), roles(PatientEducation.class, "assign"));
        assertEquals(Set.of("patient"), roles(PatientEducation.class, "markRead"));
        assertEquals(new TreeSet<>(READERS), roles(PatientEducation.class, "list"));
        assertEquals(new TreeSet<>(READERS), roles(PatientEducation.class, "open"));
    }

    @Test
    void onlyThePatientStatesPreferencesAndTheTeamReadsThem() {
        assertEquals(Set.of("patient"), roles(PatientPreferences.class, "state"));
        assertEquals(new TreeSet<>(READERS), roles(PatientPreferences.class, "read"));
    }

    @Test
    void everyPublicMethodDeclaresWhoMayCallIt() throws Exception {
        for (Class<?> service : new Class<?>[] {PatientEducation.class, PatientPreferences.class,
                EducationLibrary.class}) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    assertTrue(m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class),
                            service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue(EducationLibrary.class.getMethod("assignable").isAnnotationPresent(PermitAll.class),
                "the texts that can be given hold no patient data");
    }

    @Test
    void administratorsAndCliniciansWriteTheClinicsTextsAndOnlyCliniciansApprove() {
        Set<String> writers = new TreeSet<>(TEAM);
        writers.add("admin");
        for (String method : Set.of("write", "revise", "withdraw", "clinicTexts", "clinicTextOrThrow")) {
            assertEquals(writers, roles(EducationLibrary.class, method), method);
        }
        assertEquals(new TreeSet<>(TEAM), roles(EducationLibrary.class, "approve"));
    }
}
