package org.algos.domain.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditOutcome;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.Page;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Patient search, paging and registration as the database answers them. */
class PatientRegistryJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final PatientRegistry registry = db.service(PatientRegistry.class);

    private static List<String> names(Page<Patient> page) {
        return page.items().stream().map(Patient::fullName).toList();
    }

    @Test
    void searchFindsOnlyPatientsTheCallerMayOpen() {
        Patient onTeam = db.people().patient("Ana", "Quill");
        Patient grantLive = db.people().patient("Bea", "Quill");
        Patient grantExpired = db.people().patient("Cai", "Quill");
        db.people().patient("Dan", "Quill"); // nobody's patient of this caller
        Caller lee = db.people().physician("dr.lee", onTeam);
        db.people().breakGlass(lee, grantLive, Duration.ofMinutes(10), Duration.ofHours(2));
        db.people().breakGlass(lee, grantExpired, Duration.ofHours(5), Duration.ofHours(2));
        db.actAs(lee);

        Page<Patient> found = db.call(() -> registry.search("quill", 0, 10));

        assertEquals(List.of("Ana Quill", "Bea Quill"), names(found));
        assertEquals(2, found.total());
        assertEquals(2, db.call(() -> registry.count("quill")));
    }

    @Test
    void aPatientFindsOnlyTheirOwnRecordAndAnAuditorNoOne() {
        Patient jane = db.people().patient("Jane", "Pell");
        Patient john = db.people().patient("John", "Pell");
        db.people().physician("dr.lee", jane, john);
        db.actAs(db.people().account(jane));

        assertEquals(List.of("Jane Pell"), names(db.call(() -> registry.search("pell", 0, 10))));

        db.actAs(db.people().staff("auditor.ann", Role.AUDITOR));
        assertEquals(0, db.call(() -> registry.search("pell", 0, 10)).total());
    }

    @Test
    void searchPagesInTheDatabaseInNameOrderWithTheFullTotal() {
        List<String> given = List.of("Eve", "Abe", "Dora", "Cleo", "Bob");
        Patient[] patients = given.stream().map(g -> db.people().patient(g, "Yates")).toArray(Patient[]::new);
        db.actAs(db.people().physician("dr.page", patients));

        Page<Patient> first = db.call(() -> registry.search("yates", 0, 2));
        Page<Patient> second = db.call(() -> registry.search("yates", 1, 2));
        Page<Patient> last = db.call(() -> registry.search("yates", 2, 2));

        assertEquals(List.of("Abe Yates", "Bob Yates"), names(first));
        assertEquals(List.of("Cleo Yates", "Dora Yates"), names(second));
        assertEquals(List.of("Eve Yates"), names(last));
        assertEquals(List.of(5L, 5L, 5L), List.of(first.total(), second.total(), last.total()));
    }

    @Test
    void everyWordMustMatchAnMrnOrTheStartOfANameAccentsAndWildcardsAside() {
        Patient eloise = db.people().patient(new PatientDetails("MRN-77", "Éloïse", "Núñez", LocalDate.of(1980, 1, 2),
                Sex.FEMALE));
        Patient other = db.people().patient("Elmer", "Nunes");
        db.actAs(db.people().physician("dr.word", eloise, other));

        assertEquals(List.of("Éloïse Núñez"), names(db.call(() -> registry.search("elo nun", 0, 10))));
        assertEquals(List.of("Éloïse Núñez"), names(db.call(() -> registry.search("mrn-77", 0, 10))));
        assertEquals(2, db.call(() -> registry.search("nun", 0, 10)).total());
        assertEquals(0, db.call(() -> registry.search("%", 0, 10)).total(), "a % in the search is literal");
        assertEquals(0, db.call(() -> registry.search("n_n", 0, 10)).total(), "a _ in the search is literal");
    }

    @Test
    void aSearchIsAuditedOnceWithWhatItShowed() {
        Patient jane = db.people().patient("Jane", "Vance");
        Caller lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);

        db.call(() -> registry.search("vance", 0, 10));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(1, events.size());
        assertEquals(AuditAction.SEARCH, events.get(0).action());
        assertEquals("patient search page 0: 1 found, shown [" + jane.id() + "]", events.get(0).detail());
    }

    @Test
    void registeringNamesThePatientByIdAndTheTrailHoldsNeitherMrnNorName() {
        Caller lee = db.people().physician("dr.mrn");
        db.actAs(lee);

        Patient una = db.call(() -> registry.register(new PatientDetails("MRN-77123", "Una", "Thorne",
                LocalDate.of(1971, 2, 3), Sex.FEMALE)));
        db.call(() -> registry.search("thorne", 0, 10));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals("patient " + una.id() + " registered", events.get(0).detail());
        for (AuditEvent e : events) {
            String written = e.resource() + " " + e.detail();
            assertFalse(written.contains("77123") || written.toLowerCase(Locale.ROOT).contains("thorne"), written);
        }
    }

    @Test
    void theRegisteringClinicianJoinsTheCareTeamAndAnMrnIsTakenOnce() {
        Caller lee = db.people().physician("dr.reg");
        db.actAs(lee);
        PatientDetails details = new PatientDetails("REG-1", "Ida", "Wren", LocalDate.of(1990, 7, 1), Sex.FEMALE);

        Patient ida = db.call(() -> registry.register(details));

        assertEquals("Ida Wren", db.call(() -> registry.open(ida.id())).patient().fullName());
        assertThrows(ConflictException.class, () -> db.call(() -> registry.register(details)));
        assertEquals(List.of(AuditAction.CREATE, AuditAction.READ),
                db.auditEventsOf(lee).stream().map(AuditEvent::action).toList());
    }

    @Test
    void openingSomeoneElsesPatientIsDeniedAndAudited() {
        Patient jane = db.people().patient("Jane", "Oak");
        db.people().physician("dr.lee", jane);
        Caller out = db.people().physician("dr.out");
        db.actAs(out);

        assertThrows(AccessDeniedException.class, () -> db.call(() -> registry.open(jane.id())));
        assertEquals(List.of(AuditOutcome.DENIED), db.auditEventsOf(out).stream().map(AuditEvent::outcome).toList());
    }

    @Test
    void anAdministratorFindsAnyPatientByDemographicsForCareTeamsAuditedAndNeverWithoutAWord() {
        Patient kept = db.people().patient("Ivy", "Quarry");
        db.people().patient("Ian", "Quarry");
        db.people().physician("dr.lee", kept);
        Caller admin = db.people().staff("admin.al", Role.ADMIN);
        db.actAs(admin);

        assertEquals(List.of("Ian Quarry", "Ivy Quarry"), names(db.call(() -> registry.searchForAdministration("quarry",
                0, 10))));
        assertEquals(List.of("Ivy Quarry"), names(db.call(() -> registry.searchForAdministration(kept.mrn(), 0, 10))));
        assertEquals(0, db.call(() -> registry.search("quarry", 0, 10)).total(), "the clinical search shows them no one");
        assertThrows(org.algos.domain.common.InvalidInputException.class,
                () -> db.call(() -> registry.searchForAdministration(" ", 0, 10)));
        assertTrue(db.auditEventsOf(admin).stream().anyMatch(e -> "administration".equals(e.purpose())));
    }
}
