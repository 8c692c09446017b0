package org.algos.web.document;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.algos.domain.careteam.TeamMemberView;
import org.algos.domain.patient.Patient;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.Xhtml;

/**
 * What surrounds the features' sections in each kind of document: the title, who the document
 * is about, the letter's date, addressee, salutation, recommendation and signature, and the
 * plan's introduction and whom to call. Pure: everything it writes is passed in.
 */
final class DocumentFrames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** The document's title, its subject for the metadata and its body. */
    record Frame(String title, String subject, String body) {
    }

    private DocumentFrames() {
    }

    static Frame frame(DocumentRequest request, Patient patient, String author, OffsetDateTime now,
                       List<DocumentSection> sections, List<TeamMemberView> team, ClinicLetterhead clinic) {
        return switch (request.kind()) {
            case PROCEDURE_NOTE -> procedureNote(patient, author, now, sections);
            case CLINIC_LETTER -> letter(request, patient, author, now, sections, clinic);
            case PATIENT_PLAN -> plan(patient, now, sections, team, clinic);
            default -> throw new IllegalArgumentException("Algos does not write a " + request.kind().words());
        };
    }

    static String born(Patient patient) {
        return patient.birthDate() == null ? "date of birth not recorded" : "born " + DAY.format(patient.birthDate());
    }

    private static Frame procedureNote(Patient patient, String author, OffsetDateTime now, List<DocumentSection> sections) {
        Xhtml body = new Xhtml().h1("Procedure note")
                .p("Patient:", patient.fullName() + ", " + born(patient) + ", MRN " + patient.mrn());
        append(body, sections);
        body.p("Written from the record by " + author + " on " + MOMENT.format(now) + ".");
        return new Frame("Procedure note: " + patient.fullName(), "Procedure note for " + patient.fullName()
                + " (MRN " + patient.mrn() + ")", body.toString());
    }

    private static Frame letter(DocumentRequest request, Patient patient, String author, OffsetDateTime now,
                                List<DocumentSection> sections, ClinicLetterhead clinic) {
        List<String> addressee = lines(request.addressee());
        Xhtml body = new Xhtml().p(DAY.format(now));
        addressee.forEach(body::p);
        // the subject line is the letter's one first-level heading (PDF/UA: headings start at H1)
        body.h1("Re: " + patient.fullName() + ", " + born(patient) + ", MRN " + patient.mrn());
        body.p("Dear " + addressee.get(0) + ",");
        body.p("Thank you for referring " + patient.fullName() + " to " + clinic.name() + ". This letter sums up "
                + "the record we hold as of " + DAY.format(now) + ": diagnoses, scores over time, procedures and "
                + "their outcomes, current medications and the goals of the care plan.");
        append(body, sections);
        String recommendation = request.recommendation() == null || request.recommendation().isBlank()
                ? "No further recommendation at this time." : request.recommendation().strip();
        body.section("Our recommendation", paragraphs(recommendation));
        body.p("Yours sincerely,").p(author).p(clinic.name());
        return new Frame("Clinic letter: " + patient.fullName(), "Letter to " + addressee.get(0) + " about "
                + patient.fullName() + " (MRN " + patient.mrn() + ")", body.toString());
    }

    private static Frame plan(Patient patient, OffsetDateTime now, List<DocumentSection> sections,
                              List<TeamMemberView> team, ClinicLetterhead clinic) {
        Xhtml body = new Xhtml().h1("My plan")
                .p("For " + patient.fullName() + ", from your team at " + clinic.name() + ", as it stands on "
                        + DAY.format(now) + ".");
        List<DocumentSection> all = new ArrayList<>(sections);
        all.add(new DocumentSection(SectionOrder.PLAN_CONTACTS, "Whom to call", contacts(team, clinic)));
        append(body, all.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).toList());
        return new Frame("My plan: " + patient.fullName(), "The care plan of " + patient.fullName()
                + " in plain language", body.toString());
    }

    static Xhtml contacts(List<TeamMemberView> team, ClinicLetterhead clinic) {
        Xhtml x = new Xhtml();
        x.p(clinic.phone().map(p -> "Call the clinic on " + p + " with any question about your plan or your "
                + "procedure.").orElse("Ask at the clinic's reception with any question about your plan or your "
                + "procedure."));
        clinic.email().ifPresent(e -> x.p("E-mail:", e));
        List<String> members = team.stream().filter(m -> m.role() != null && m.role().isClinician())
                .map(m -> m.displayName() + ", " + m.role().name().toLowerCase(Locale.ROOT)).toList();
        if (!members.isEmpty()) {
            x.p("Your team:").list(members);
        }
        return x;
    }

    private static void append(Xhtml body, List<DocumentSection> sections) {
        for (DocumentSection s : sections) {
            if (s.heading() == null) {
                body.raw(s.body());
            } else {
                body.section(s.heading(), s.body());
            }
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = Arrays.stream(text.split("[\\n;]")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? List.of(text.strip()) : lines;
    }

    private static Xhtml paragraphs(String text) {
        Xhtml x = new Xhtml();
        Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).forEach(x::p);
        return x;
    }
}
