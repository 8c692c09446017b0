package org.algos.domain.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Storing, listing and opening documents under the record's access rule. */
class ClinicalDocumentsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = InMemoryDatabase.forDomain();

    private final ClinicalDocuments documents = db.service(ClinicalDocuments.class);

    private ClinicalDocument store(Patient patient, DocumentKind kind, String text) {
        return db.call(() -> documents.store(patient.id(), kind, kind.words(), "application/pdf",
                text.getBytes(StandardCharsets.UTF_8), kind == DocumentKind.PROCEDURE_NOTE ? "Procedure/7" : null));
    }

    @Test
    void aStoredDocumentKeepsItsContentHashAndSourceAndIsListedNewestFirstWithoutIt() {
        Patient jane = db.people().patient("Jane", "Brook");
        Caller lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
        ClinicalDocument note = store(jane, DocumentKind.PROCEDURE_NOTE, "note");
        ClinicalDocument letter = store(jane, DocumentKind.CLINIC_LETTER, "letter");

        Page<DocumentListing> listed = db.call(() -> documents.list(jane.id(), 0, 10));

        assertEquals(List.of(letter.id(), note.id()), listed.items().stream().map(DocumentListing::id).toList());
        DocumentListing first = listed.items().get(1);
        assertEquals("Procedure/7", first.sourceRecord());
        assertEquals(4, first.size());
        assertEquals(lee.username(), first.createdBy());
        assertEquals("edb465624291e4053c6c5ea4b7eb320dec773e10a57d26b95dcf0564f8e310f8", first.sha256(), "SHA-256 of \"note\", as sha256sum prints it");
        assertArrayEquals("letter".getBytes(StandardCharsets.UTF_8),
                db.call(() -> documents.get(jane.id(), letter.id())).content());
        assertEquals(1, db.call(() -> documents.list(jane.id(), 1, 1)).items().size());
        assertEquals(2, db.call(() -> documents.list(jane.id(), 1, 1)).total());
    }

    @Test
    void aPatientMakesAndSeesOnlyTheirOwnPlan() {
        Patient jane = db.people().patient("Jane", "Heath");
        Patient john = db.people().patient("John", "Heath");
        Caller lee = db.people().physician("dr.lee", jane, john);
        db.actAs(lee);
        ClinicalDocument note = store(jane, DocumentKind.PROCEDURE_NOTE, "note");
        ClinicalDocument johnsPlan = store(john, DocumentKind.PATIENT_PLAN, "plan");
        db.actAs(db.people().account(jane));

        ClinicalDocument plan = store(jane, DocumentKind.PATIENT_PLAN, "my plan");

        assertEquals(List.of(plan.id()), db.call(() -> documents.list(jane.id(), 0, 10)).items().stream()
                .map(DocumentListing::id).toList(), "the procedure note is not the patient's to list");
        assertThrows(NotFoundException.class, () -> db.call(() -> documents.get(note.id())));
        assertThrows(AccessDeniedException.class, () -> db.call(() -> documents.get(johnsPlan.id())));
        assertThrows(AccessDeniedException.class, () -> store(jane, DocumentKind.CLINIC_LETTER, "letter"));
        assertThrows(AccessDeniedException.class, () -> store(john, DocumentKind.PATIENT_PLAN, "plan"));
    }

    @Test
    void aDocumentOfAnotherPatientIsNotFoundUnderThisPatientsPath() {
        Patient jane = db.people().patient("Jane", "Moor");
        Patient john = db.people().patient("John", "Moor");
        db.actAs(db.people().physician("dr.lee", jane, john));
        ClinicalDocument johns = store(john, DocumentKind.CLINIC_LETTER, "letter");

        assertThrows(NotFoundException.class, () -> db.call(() -> documents.get(jane.id(), johns.id())));
    }

    @Test
    void aNonMemberNeitherListsNorOpens() {
        Patient jane = db.people().patient("Jane", "Fenn");
        db.actAs(db.people().physician("dr.lee", jane));
        ClinicalDocument letter = store(jane, DocumentKind.CLINIC_LETTER, "letter");
        db.actAs(db.people().physician("dr.out"));

        assertThrows(AccessDeniedException.class, () -> db.call(() -> documents.list(jane.id(), 0, 10)));
        assertThrows(AccessDeniedException.class, () -> db.call(() -> documents.get(letter.id())));
    }
}
