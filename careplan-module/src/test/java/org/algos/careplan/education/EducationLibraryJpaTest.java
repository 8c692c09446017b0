package org.algos.careplan.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clinic's own education texts: written, approved by another clinician, given, withdrawn. */
class EducationLibraryJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final EducationLibrary library = db.service(EducationLibrary.class);
    private final PatientEducation education = db.service(PatientEducation.class);

    private static TextDraft draft(String code, String title) {
        return new TextDraft(code, title, "What to do the week after an injection.", 4,
                "## The first days\n\nRest, then **walk a little** each day.\n\n- ice\n- <script>x</script>");
    }

    @Test
    void onlyAnApprovedTextCanBeGivenAndAWithdrawnOneStaysReadable() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller admin = db.people().staff("it.admin", Role.ADMIN);
        Caller lee = db.people().physician("dr.lee", jane);
        Caller janeHerself = db.people().account(jane);
        db.actAs(admin);
        ClinicText written = db.call(() -> library.write(draft("after-injection-week", "The week after an injection")));
        assertEquals(ClinicTextStatus.DRAFT, written.status());

        db.actAs(lee);
        assertFalse(db.call(() -> library.assignable()).stream().anyMatch(t -> t.code().equals("after-injection-week")));
        InvalidInputException draftRefused = assertThrows(InvalidInputException.class,
                () -> db.call(() -> education.assign(jane.id(), "after-injection-week", null)));
        assertEquals("topic", draftRefused.errors().get(0).field());

        ClinicText approved = db.call(() -> library.approve("after-injection-week", written.version()));
        assertEquals(lee.username(), approved.approvedBy());
        List<EducationTopic> assignable = db.call(() -> library.assignable());
        EducationTopic last = assignable.get(assignable.size() - 1);
        assertEquals("after-injection-week", last.code(), "the clinic's approved texts follow the shipped ones");
        assertEquals(TextOrigin.CLINIC, last.origin());
        long given = db.call(() -> education.assign(jane.id(), "after-injection-week", "Read before Friday")).id();

        db.run(() -> library.withdraw("after-injection-week", approved.version()));
        assertFalse(db.call(() -> library.assignable("after-injection-week")).isPresent());
        db.actAs(janeHerself);
        EducationAssignment opened = db.call(() -> education.open(jane.id(), given));
        assertEquals("The week after an injection", opened.topic().title());
        assertTrue(opened.topic().html().contains("&lt;script&gt;"), "the clinic's text is escaped as the shipped are");
        assertEquals(List.of("The week after an injection"),
                db.call(() -> education.list(jane.id())).stream().map(a -> a.topic().title()).toList());

        List<String> changes = db.auditEvents().stream().filter(e -> e.resource().equals("EducationText/after-injection-week"))
                .map(e -> e.username() + ": " + e.detail()).toList();
        String what = ": education text \"The week after an injection\" ";
        assertEquals(List.of(admin.username() + what + "draft written", lee.username() + what + "approved",
                lee.username() + what + "withdrawn"), changes);
    }

    @Test
    void theAuthorDoesNotApproveAndAnApprovedTextNoLongerChanges() {
        Caller kim = db.people().staff("nurse.kim", Role.NURSE);
        Caller ross = db.people().staff("pt.ross", Role.PHYSIOTHERAPIST);
        db.actAs(kim);
        ClinicText text = db.call(() -> library.write(draft("walking-plan", "A walking plan")));
        ConflictException ownApproval = assertThrows(ConflictException.class,
                () -> db.call(() -> library.approve("walking-plan", text.version())));
        assertTrue(ownApproval.getMessage().contains("another clinician"), ownApproval.getMessage());
        ClinicText revised = db.call(() -> library.revise("walking-plan", text.version(),
                new TextDraft(null, "A walking plan", "Ten minutes more each week.", 3, "Walk **daily**.")));
        assertEquals("Ten minutes more each week.", revised.summary());
        assertThrows(ConflictException.class, () -> db.call(() -> library.revise("walking-plan", text.version(),
                draft(null, "A walking plan"))), "a stale version is refused");

        db.actAs(ross);
        ClinicText approved = db.call(() -> library.approve("walking-plan", revised.version()));
        db.actAs(kim);
        ConflictException frozen = assertThrows(ConflictException.class, () -> db.call(() -> library.revise(
                "walking-plan", approved.version(), draft(null, "A walking plan"))));
        assertTrue(frozen.getMessage().contains("approved"), frozen.getMessage());
        assertEquals("Walk **daily**.", db.call(() -> library.clinicTextOrThrow("walking-plan")).markdown());
    }

    @Test
    void codesAndTitlesAreNotTakenTwiceAndEveryBadFieldIsNamed() {
        Caller admin = db.people().staff("admin.two", Role.ADMIN);
        db.actAs(admin);
        db.run(() -> library.write(draft("flare-plan", "My flare-up plan")));

        InvalidInputException shipped = assertThrows(InvalidInputException.class,
                () -> db.call(() -> library.write(draft("pacing", EducationCatalogue.find("pacing").orElseThrow().title()))));
        assertEquals(List.of("code", "title"), shipped.errors().stream().map(FieldError::field).toList());
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> db.call(() -> library.write(draft("flare-plan-2", "My flare-up plan"))));
        assertEquals(List.of("title"), again.errors().stream().map(FieldError::field).toList());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> db.call(() -> library.write(
                new TextDraft("Flare Plan!", " ", null, 0, "x".repeat(TextDraft.MAX_MARKDOWN + 1)))));
        assertEquals(List.of("code", "title", "summary", "minutes", "markdown"),
                bad.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> db.call(() -> library.write(
                new TextDraft("ok-code", "Another title", "Summary.", 61, "Body"))), "more than an hour to read");
    }

    @Test
    void draftsComeFirstInTheListWhichIsPagedInTheDatabase() {
        Caller admin = db.people().staff("admin.three", Role.ADMIN);
        Caller lee = db.people().staff("dr.page", Role.PHYSICIAN);
        db.actAs(admin);
        ClinicText alpha = db.call(() -> library.write(draft("paging-alpha", "Paging: alpha")));
        db.run(() -> library.write(draft("paging-beta", "Paging: beta")));
        db.actAs(lee);
        db.run(() -> library.approve("paging-alpha", alpha.version()));

        List<ClinicText> all = db.call(() -> library.clinicTexts(0, 100)).items().stream()
                .filter(t -> t.code().startsWith("paging-")).toList();
        assertEquals(List.of("paging-beta", "paging-alpha"), all.stream().map(ClinicText::code).toList());
        assertEquals(1, db.call(() -> library.clinicTexts(0, 1)).items().size());
        assertTrue(db.call(() -> library.draftsWaiting()) >= 1);
        assertThrows(InvalidInputException.class, () -> db.call(() -> library.clinicTexts(0, 0)));
    }
}
