package org.algos.web.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.patient.Sex;
import org.algos.domain.user.Role;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.Xhtml;
import org.junit.jupiter.api.Test;

/** What surrounds the features' sections, and the requests' checks. */
class DocumentFramesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 10, 15, 0, 0, ZoneOffset.UTC);
    private static final Patient JANE = new Patient(new PatientDetails("MRN-9", "Jane", "O'Brien <Smith>",
            LocalDate.of(1970, 5, 17), Sex.FEMALE), LocalDateTime.of(2026, 1, 1, 9, 0));

    private static ClinicLetterhead clinic(String phone) {
        ClinicLetterhead clinic = new ClinicLetterhead();
        clinic.name = "Riverside Pain Clinic";
        clinic.address = Optional.of("2 Mill Lane; Riverside RV1 2AB");
        clinic.phone = Optional.ofNullable(phone);
        clinic.email = Optional.empty();
        return clinic;
    }

    @Test
    void theLetterIsDatedAddressedHeadedByItsSubjectAndSignedWithTheRecommendationLast() {
        DocumentFrames.Frame frame = DocumentFrames.frame(DocumentRequest.letter("Dr A. Patel; Riverside Surgery",
                "Continue physiotherapy.\n\nReview in 3 months."), JANE, "Dr. Morgan Lee", NOW,
                List.of(new DocumentSection(SectionOrder.LETTER_DIAGNOSES, "Diagnoses", new Xhtml().p("M54.50"))),
                List.of(), clinic(null));
        String body = frame.body();
        assertTrue(body.startsWith("<p>3 December 2026</p><p>Dr A. Patel</p><p>Riverside Surgery</p>"
                + "<h1>Re: Jane O&#39;Brien &lt;Smith&gt;, born 17 May 1970, MRN MRN-9</h1>"
                + "<p>Dear Dr A. Patel,</p>"), "dated, addressed, the subject line its one first-level heading: "
                + body);
        assertTrue(body.indexOf("Diagnoses") < body.indexOf("Our recommendation"), body);
        assertTrue(body.contains("<p>Continue physiotherapy.</p><p>Review in 3 months.</p>"), body);
        assertTrue(body.endsWith("<p>Yours sincerely,</p><p>Dr. Morgan Lee</p><p>Riverside Pain Clinic</p>"), body);
        assertEquals("Letter to Dr A. Patel about Jane O'Brien <Smith> (MRN MRN-9)", frame.subject());
    }

    @Test
    void thePlanEndsWithWhomToCallTheClinicianOnTheTeamNotAdministrators() {
        List<TeamMemberView> team = List.of(
                new TeamMemberView("dr.lee", "Dr. Morgan Lee", Role.PHYSICIAN, LocalDateTime.now(), "admin", false),
                new TeamMemberView("admin", "Administrator", Role.ADMIN, LocalDateTime.now(), "admin", false));
        String body = DocumentFrames.frame(DocumentRequest.patientPlan(), JANE, "Jane O'Brien", NOW,
                List.of(new DocumentSection(SectionOrder.PLAN_GOALS, "Your goals", new Xhtml().p("Walk"))), team,
                clinic("+44 20 7946 0000")).body();
        assertTrue(body.startsWith("<h1>My plan</h1>"), body);
        assertTrue(body.indexOf("Your goals") < body.indexOf("Whom to call"), body);
        assertTrue(body.contains("Call the clinic on +44 20 7946 0000"), body);
        assertTrue(body.contains("<li>Dr. Morgan Lee, physician</li>") && !body.contains("Administrator"), body);
    }

    @Test
    void requestsNameTheFieldTheirTypeNeeds() {
        assertEquals("addressee", field(() -> DocumentRequests.parse("{\"type\":\"letter\",\"addressee\":\" \"}")));
        assertEquals("type", field(() -> DocumentRequests.parse("{\"type\":\"referral-letter\"}")),
                "the clinic does not write referral letters: they come with referrals");
        assertEquals("procedure", field(() -> DocumentRequests.parse("{\"type\":\"procedure-note\"}")));
        assertEquals("procedure", field(() -> DocumentRequests.parse("{\"type\":\"procedure-note\","
                + "\"procedure\":4294967296}")), "an id beyond 32 bits is refused, not wrapped");
        assertEquals("recommendation", field(() -> DocumentRequests.parse("{\"type\":\"letter\",\"addressee\":\"Dr X\","
                + "\"recommendation\":\"" + "x".repeat(DocumentRequests.MAX_RECOMMENDATION + 1) + "\"}")));
        assertEquals(12L, DocumentRequests.parse("{\"type\":\"procedure-note\",\"procedure\":12}").procedureId());
    }

    private static String field(Runnable parse) {
        return assertThrows(InvalidInputException.class, parse::run).errors().get(0).field();
    }
}
