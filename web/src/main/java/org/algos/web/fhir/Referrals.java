package org.algos.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientDetails;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.fhir.ReferralPart;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A referral as a FHIR transaction: one Patient, registered (the referring clinician joins the
 * care team) or matched by MRN among the records the caller may open, then every other entry
 * taken by the slice that owns it (problems, medications). It all runs in one transaction: the
 * first entry refused rolls back the patient and every entry before it.
 */
@Dependent
public class Referrals {

    @Inject
    private PatientRegistry patients;

    @Inject
    private PatientMapping mapping;

    @Inject
    @Any
    private Instance<ReferralPart> parts;

    @Inject
    private Clock clock;

    @Transactional(rollbackOn = Exception.class)
    public Bundle take(Bundle referral) {
        if (referral.getType() != Bundle.BundleType.TRANSACTION) {
            throw new InvalidRequestException("Bundle.type: a referral is a transaction");
        }
        List<BundleEntryComponent> entries = referral.getEntry();
        int patientEntry = patientEntry(entries);
        BundleEntryComponent patientIn = entries.get(patientEntry);
        String patientPath = "Bundle.entry[" + patientEntry + "].resource";
        PatientDetails details = ReferralPatient.details((org.hl7.fhir.r4.model.Patient) patientIn.getResource(),
                mapping.mrnSystem(), patientPath, LocalDate.now(clock));
        Optional<Patient> known = visibleWithMrn(details.mrn());
        if (known.isPresent() && !samePerson(known.get(), details)) {
            throw new UnprocessableEntityException(patientPath + ".identifier: MRN " + details.mrn()
                    + " belongs to a patient with another name or birth date");
        }
        Patient patient = known.orElseGet(() -> patients.register(details));

        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        List<BundleEntryComponent> answers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BundleEntryComponent entry = entries.get(i);
            String path = "Bundle.entry[" + i + "]";
            String location;
            String status;
            if (i == patientEntry) {
                location = "Patient/" + patient.id();
                status = known.isPresent() ? "200 OK" : "201 Created";
            } else {
                location = take(patient.id(), entry, patientIn.getFullUrl(), path);
                status = "201 Created";
            }
            answers.add(new BundleEntryComponent().setResponse(new Bundle.BundleEntryResponseComponent()
                    .setStatus(status).setLocation(location)));
        }
        answers.forEach(response::addEntry);
        return response;
    }

    private static int patientEntry(List<BundleEntryComponent> entries) {
        int found = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getResource() instanceof org.hl7.fhir.r4.model.Patient) {
                if (found >= 0) {
                    throw new UnprocessableEntityException("Bundle.entry[" + i + "].resource: a referral is for one Patient");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new UnprocessableEntityException("Bundle.entry: a referral needs a Patient entry");
        }
        return found;
    }

    private String take(long patientId, BundleEntryComponent entry, String patientUrl, String path) {
        Resource resource = entry.getResource();
        if (resource == null) {
            throw new UnprocessableEntityException(path + ".resource: is required");
        }
        if (entry.hasRequest() && entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
            throw new UnprocessableEntityException(path + ".request.method: a referral only creates (POST)");
        }
        for (ReferralPart part : parts) {
            if (part.takes(resource)) {
                refuseOtherSubject(resource, patientUrl, path + ".resource");
                return part.take(patientId, resource, path + ".resource");
            }
        }
        throw new UnprocessableEntityException(path + ".resource: a referral takes a Patient, Conditions and "
                + "medication statements, not a " + resource.fhirType());
    }

    /** An entry is about the referred patient: its subject, when given, is the Patient entry. */
    private static void refuseOtherSubject(Resource resource, String patientUrl, String path) {
        String element = resource.getNamedProperty("subject") != null ? "subject" : "patient";
        if (resource.getNamedProperty(element) == null || !resource.getNamedProperty(element).hasValues()) {
            return;
        }
        Reference subject = (Reference) resource.getNamedProperty(element).getValues().get(0);
        if (subject.hasReference() && !subject.getReference().equals(patientUrl)) {
            throw new UnprocessableEntityException(path + "." + element + ": must be the referral's Patient ("
                    + patientUrl + ")");
        }
    }

    private Optional<Patient> visibleWithMrn(String mrn) {
        return patients.search(mrn, 0, 5).items().stream().filter(p -> p.mrn().equals(mrn)).findFirst();
    }

    private static boolean samePerson(Patient known, PatientDetails referred) {
        return known.birthDate().equals(referred.birthDate())
                && known.familyName().equalsIgnoreCase(referred.familyName());
    }
}
