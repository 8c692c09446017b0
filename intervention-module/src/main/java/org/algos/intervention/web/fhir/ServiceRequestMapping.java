package org.algos.intervention.web.fhir;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A booked procedure (scheduled or checked in, not yet done) as a US Core ServiceRequest
 * ({@code ServiceRequest/<record id>}, the same id as its Procedure): status {@code active},
 * intent {@code order}, category SNOMED CT 387713003 "Surgical procedure" (from FHIR R4's
 * servicerequest-category, which US Core's required binding includes), the code and body site of
 * the Procedure, the booked day as {@code occurrenceDateTime}, the account that booked it as
 * requester.
 *
 * <p>The eligibility findings travel as {@code note}s, one per finding, each
 * {@code [verdict] rule: message (source: citation)} with verdict {@code refuses}, {@code met} or
 * {@code reminder} (documentation the payer expects), after a first note with the answer as a
 * whole. They are the rules' answer on the chart as it is now, judged as at booking: Algos stores
 * only the override, not the findings. A physician's override is a note of its own, authored by
 * them, with their reason. {@code supportingInfo} names the patient's other procedures of the same
 * kind and area that the session-limit and repeat rules read ({@code Procedure/<id>}).
 */
final class ServiceRequestMapping {

    static final String US_CORE_SERVICE_REQUEST = Fhir.US_CORE + "us-core-servicerequest";
    static final String SNOMED = "http://snomed.info/sct";
    static final String SURGICAL_PROCEDURE = "387713003";

    private ServiceRequestMapping() {
    }

    /** Whether a record is a booking still to be done, the only kind served as a ServiceRequest. */
    static boolean isBooked(ProcedureRecord r) {
        return r.status() == ProcedureStatus.SCHEDULED || r.status() == ProcedureStatus.CHECKED_IN;
    }

    /**
     * @param eligibility the rules' answer; empty when the caller may not see it (a patient)
     * @param others      the patient's other procedures; those the rules count become supportingInfo
     * @param names       display name of a staff account by user name, or null
     */
    static ServiceRequest serviceRequest(ProcedureRecord r, Optional<EligibilityResult> eligibility,
                                         List<ProcedureRecord> others, Function<String, String> names) {
        ServiceRequest s = new ServiceRequest();
        s.setId("ServiceRequest/" + r.id());
        s.getMeta().addProfile(US_CORE_SERVICE_REQUEST).setVersionId(Long.toString(r.version()));
        s.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        s.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        s.addCategory(new CodeableConcept().addCoding(new Coding(SNOMED, SURGICAL_PROCEDURE, "Surgical procedure")));
        s.setCode(CatalogueCodes.code(r));
        CatalogueCodes.bodySite(r).ifPresent(s::addBodySite);
        s.setSubject(Fhir.patientReference(r.patientId()));
        s.setOccurrence(new DateTimeType(r.date().toString()));
        if (r.bookedAt() != null) {
            s.setAuthoredOnElement(new DateTimeType(r.bookedAt().toInstant(ZoneOffset.UTC).toString()));
        }
        s.setRequester(Practitioners.reference(r.bookedBy(), names.apply(r.bookedBy())));
        eligibility.ifPresent(result -> addFindings(s, result));
        if (r.overrideReason() != null) {
            s.addNote().setAuthor(Practitioners.reference(r.overriddenBy(), names.apply(r.overriddenBy())))
                    .setText("Eligibility override: " + r.overrideReason());
        }
        others.stream().filter(other -> countedWith(r, other)).forEach(other -> s.addSupportingInfo(
                new Reference("Procedure/" + other.id()).setDisplay(CatalogueCodes.code(other).getText() + " on "
                        + other.date() + " (" + other.status().code() + ")")));
        return s;
    }

    /** One finding as its note reads: {@code [refuses] RuleName: message (source: citation)}. */
    static String findingText(String verdict, Finding f) {
        return "[" + verdict + "] " + f.rule() + ": " + f.message() + " (source: " + f.source() + ")";
    }

    private static void addFindings(ServiceRequest s, EligibilityResult result) {
        int refusing = result.reasons().size();
        s.addNote().setText(result.eligible() ? "Eligibility: eligible, no rule refuses."
                : "Eligibility: not eligible, " + refusing + (refusing == 1 ? " rule refuses." : " rules refuse."));
        result.reasons().forEach(f -> s.addNote().setText(findingText("refuses", f)));
        result.met().forEach(f -> s.addNote().setText(findingText("met", f)));
        result.warnings().forEach(f -> s.addNote().setText(findingText("reminder", f)));
    }

    /** Another procedure of the same family and spinal area, not cancelled: what the rules count. */
    private static boolean countedWith(ProcedureRecord booked, ProcedureRecord other) {
        Optional<Procedure> mine = CatalogueCodes.listed(booked);
        Optional<Procedure> theirs = CatalogueCodes.listed(other);
        return !other.id().equals(booked.id()) && other.status() != ProcedureStatus.CANCELLED
                && mine.isPresent() && theirs.isPresent() && mine.get().family() == theirs.get().family()
                && mine.get().spinalArea().equals(theirs.get().spinalArea());
    }
}
