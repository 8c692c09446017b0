package org.algos.intervention.web.document;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.intervention.holds.Hold;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.intervention.procedure.ReliefText;
import org.algos.web.kit.document.DocumentContributor;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.Xhtml;
import org.algos.web.kit.fhir.StaffNames;

/**
 * The procedures in the clinic's documents: the whole procedure note, the letter's procedures
 * with their outcomes, and in the patient's plan what to do before each coming procedure (the
 * anticoagulant holds with their dates). One history query serves each document.
 */
@Dependent
public class InterventionDocuments implements DocumentContributor {

    @Inject
    private Procedures procedures;

    @Inject
    private StaffNames staffNames;

    @Inject
    private Clock clock;

    @Override
    public List<DocumentSection> sections(DocumentRequest request, AuthorizedPatient patient) {
        return switch (request.kind()) {
            case PROCEDURE_NOTE -> procedureNote(request, patient);
            case CLINIC_LETTER -> List.of(new DocumentSection(SectionOrder.LETTER_PROCEDURES, "Procedures and outcomes",
                    outcomes(procedures.history(patient))));
            case PATIENT_PLAN -> beforeProcedures(patient);
            default -> List.of();
        };
    }

    private List<DocumentSection> procedureNote(DocumentRequest request, AuthorizedPatient patient) {
        if (request.procedureId() == null) {
            throw InvalidInputException.of("procedure", "is required: the id of the completed procedure");
        }
        ProcedureRecord record = procedures.history(patient).stream().map(Procedures.Listed::procedure)
                .filter(r -> r.id() == request.procedureId().longValue()).findFirst()
                .orElseThrow(() -> new NotFoundException("No procedure " + request.procedureId() + " for patient "
                        + patient.id()));
        if (record.status() != ProcedureStatus.COMPLETED) {
            throw InvalidInputException.of("procedure", "is " + record.status().code()
                    + ": a procedure note documents a completed procedure");
        }
        return ProcedureNoteSections.of(record, procedures.eligibilityOf(patient, record), staffNames);
    }

    private static Xhtml outcomes(List<Procedures.Listed> history) {
        List<List<String>> rows = new ArrayList<>();
        for (Procedures.Listed listed : history) {
            ProcedureRecord r = listed.procedure();
            if (r.status() == ProcedureStatus.COMPLETED) {
                rows.add(List.of(r.date().toString(), ProcedureNoteSections.name(r) + cptSuffix(r),
                        orMissing(ProcedureNoteSections.site(r)), immediate(r), followUps(listed.followUps())));
            }
        }
        if (rows.isEmpty()) {
            return new Xhtml().p("No procedures have been performed at the clinic.");
        }
        return new Xhtml().table("Procedures performed, oldest first",
                List.of("Date", "Procedure (CPT)", "Side and levels", "Immediate relief", "Follow-ups"), rows);
    }

    private static String cptSuffix(ProcedureRecord r) {
        String cpt = ProcedureNoteSections.cpt(r);
        return cpt == null ? "" : " (" + cpt + ")";
    }

    private static String immediate(ProcedureRecord r) {
        return r.reliefPercent() == null ? "not recorded" : ReliefText.percent(r.reliefPercent())
                + " (pain " + r.painBefore() + " to " + r.painAfter() + ")";
    }

    private static String followUps(List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return "none yet";
        }
        List<String> parts = new ArrayList<>();
        for (FollowUp f : followUps) {
            parts.add(f.followUpOn() + ": " + f.reliefPercent() + " % relief, pain " + f.painNow());
        }
        return String.join("; ", parts);
    }

    private static String orMissing(String text) {
        return text == null ? "not applicable" : text;
    }

    private List<DocumentSection> beforeProcedures(AuthorizedPatient patient) {
        LocalDate today = LocalDate.now(clock);
        Xhtml x = new Xhtml();
        boolean any = false;
        for (Procedures.Listed listed : procedures.history(patient)) {
            ProcedureRecord r = listed.procedure();
            boolean coming = r.status() == ProcedureStatus.SCHEDULED || r.status() == ProcedureStatus.CHECKED_IN;
            if (!coming || r.date().isBefore(today)) {
                continue;
            }
            any = true;
            x.h3(ProcedureNoteSections.name(r) + " on " + r.date());
            List<Hold> holds = procedures.holdsBefore(patient, r);
            if (holds.isEmpty()) {
                x.p("None of the medicines on your record needs to be stopped before this procedure. Tell the "
                        + "clinic about any blood thinner you take that is not on your record.");
            } else {
                x.list(holds.stream().map(Hold::instruction).toList());
                x.p("Source:", holds.get(0).source());
            }
        }
        if (!any) {
            return List.of();
        }
        return List.of(new DocumentSection(SectionOrder.PLAN_BEFORE_PROCEDURE, "Before your procedure", x));
    }
}
