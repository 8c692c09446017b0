package org.algos.careplan.web.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.OpioidDose;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.web.kit.fhir.ReferralPart;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;

/**
 * A medication a referral sends (a hospital's MedicationStatement or MedicationRequest) onto the
 * patient's medication list, through the same service, rules and audit as the portal's entry.
 * {@link #entryOf} reads the resource and refuses it, naming each wrong element by its FHIRPath
 * ({@code MedicationStatement.dosage[0].doseAndRate[0].doseQuantity: ...}), before anything is
 * stored: including the MME calculator's own checks of doses and patch rates, so an opioid that
 * the list could not count is refused here rather than by the service in the list's words.
 *
 * <p>The drug is kept by name (text, else the first coding's display): the list holds no codes, so
 * an RxNorm code sent with it is not kept. The patient is the caller's to resolve (the referral
 * Bundle's subject); the resource's own {@code subject} is not read.
 */
@Dependent
public class MedicationIntake implements ReferralPart {

    /** The medication list's column lengths. */
    static final int MAX_DRUG = 100;
    static final int MAX_ROUTE = 30;
    static final int MAX_INDICATION = 200;

    @Inject
    private Medications medications;

    /** Adds the referral's medication to the patient's list (physicians and nurses, as in the portal). */
    public MedicationStatement add(long patientId, Resource resource) {
        return medications.add(patientId, entryOf(resource));
    }

    @Override
    public boolean takes(Resource resource) {
        return resource instanceof org.hl7.fhir.r4.model.MedicationStatement || resource instanceof MedicationRequest;
    }

    /** A referral's entry: checked (every wrong element named from {@code path}), then added as the portal adds it. */
    @Override
    public String take(long patientId, Resource resource, String path) {
        return "MedicationRequest/" + medications.add(patientId, entryOf(resource, path)).id();
    }

    /** What {@link Medications#add} takes, read from a MedicationStatement or a MedicationRequest. */
    public static Medications.Entry entryOf(Resource resource) {
        return entryOf(resource, resource == null ? "" : resource.fhirType());
    }

    /** As {@link #entryOf(Resource)}, naming elements from {@code root} ({@code Bundle.entry[3].resource}). */
    public static Medications.Entry entryOf(Resource resource, String root) {
        if (resource instanceof org.hl7.fhir.r4.model.MedicationStatement statement) {
            return fromStatement(statement, root);
        }
        if (resource instanceof MedicationRequest request) {
            return fromRequest(request, root);
        }
        throw new InvalidRequestException("A referral's medication is a MedicationStatement or a MedicationRequest, not "
                + (resource == null ? "nothing" : resource.fhirType()));
    }

    private static Medications.Entry fromStatement(org.hl7.fhir.r4.model.MedicationStatement s, String root) {
        IntakeErrors errors = new IntakeErrors();
        boolean ended = false;
        if (!s.hasStatus()) {
            errors.add(root + ".status", "is required");
        } else {
            switch (s.getStatus()) {
                case ENTEREDINERROR, NOTTAKEN -> errors.add(root + ".status",
                        s.getStatus().toCode() + " is not a medication the patient takes");
                case COMPLETED, STOPPED -> ended = true;
                default -> {
                }
            }
        }
        String drug = drug(s.hasMedicationReference(), s.getMedication() instanceof CodeableConcept c ? c : null,
                root, errors);
        DosageReading.Read dose = DosageReading.read(s.getDosage(), root + ".dosage", errors);
        LocalDate started = null;
        LocalDate stopped = null;
        String startPath = root + ".effectivePeriod.start";
        String endPath = root + ".effectivePeriod.end";
        if (s.hasEffectiveDateTimeType()) {
            startPath = root + ".effectiveDateTime";
            started = day(s.getEffectiveDateTimeType(), startPath, errors);
        } else if (s.hasEffectivePeriod()) {
            Period period = s.getEffectivePeriod();
            started = period.hasStart() ? day(period.getStartElement(), startPath, errors) : null;
            stopped = period.hasEnd() ? day(period.getEndElement(), endPath, errors) : null;
        }
        if (ended && stopped == null) {
            errors.add(endPath, "is required when the status is " + s.getStatus().toCode() + " (the last day taken)");
        }
        return checked(root, drug, dose, reason(s.getReasonCode()), started, stopped, root + ".dosage", startPath,
                endPath, errors);
    }

    private static Medications.Entry fromRequest(MedicationRequest r, String root) {
        IntakeErrors errors = new IntakeErrors();
        boolean ended = false;
        if (!r.hasStatus()) {
            errors.add(root + ".status", "is required");
        } else {
            switch (r.getStatus()) {
                case CANCELLED, ENTEREDINERROR, DRAFT -> errors.add(root + ".status",
                        r.getStatus().toCode() + " is not a medication the patient takes");
                case COMPLETED, STOPPED -> ended = true;
                default -> {
                }
            }
        }
        String drug = drug(r.hasMedicationReference(), r.getMedication() instanceof CodeableConcept c ? c : null,
                root, errors);
        List<Dosage> dosages = r.getDosageInstruction();
        DosageReading.Read dose = DosageReading.read(dosages, root + ".dosageInstruction", errors);
        String bounds = root + ".dosageInstruction[0].timing.repeat.boundsPeriod";
        LocalDate started = null;
        LocalDate stopped = null;
        if (!dosages.isEmpty() && dosages.get(0).getTiming().getRepeat().hasBoundsPeriod()) {
            Period period = dosages.get(0).getTiming().getRepeat().getBoundsPeriod();
            started = period.hasStart() ? day(period.getStartElement(), bounds + ".start", errors) : null;
            stopped = period.hasEnd() ? day(period.getEndElement(), bounds + ".end", errors) : null;
        }
        if (ended && stopped == null) {
            errors.add(bounds + ".end", "is required when the status is " + r.getStatus().toCode()
                    + " (the last day taken)");
        }
        return checked(root, drug, dose, reason(r.getReasonCode()), started, stopped, root + ".dosageInstruction",
                bounds + ".start", bounds + ".end", errors);
    }

    private static String drug(boolean byReference, CodeableConcept concept, String root, IntakeErrors errors) {
        if (byReference) {
            errors.add(root + ".medicationReference", "name the drug in medicationCodeableConcept;"
                    + " a Medication resource is not read");
            return null;
        }
        String name = concept == null ? null : DosageReading.words(concept);
        if (name == null || name.isBlank()) {
            errors.add(root + ".medicationCodeableConcept.text", "is required: the drug's generic name");
            return null;
        }
        if (name.strip().length() > MAX_DRUG) {
            errors.add(root + ".medicationCodeableConcept.text", "must be at most " + MAX_DRUG + " characters");
            return null;
        }
        return name.strip();
    }

    /** Checks the dates' order and the doses as the MME calculator will, naming the elements, then builds the entry. */
    private static Medications.Entry checked(String root, String drug, DosageReading.Read dose, String indication,
                                             LocalDate started, LocalDate stopped, String dosagePath,
                                             String startPath, String endPath, IntakeErrors errors) {
        if (dose.route() != null && dose.route().strip().length() > MAX_ROUTE) {
            errors.add(dosagePath + "[0].route", "must be at most " + MAX_ROUTE + " characters");
        }
        if (indication != null && indication.length() > MAX_INDICATION) {
            errors.add(root + ".reasonCode[0].text", "must be at most " + MAX_INDICATION + " characters");
        }
        if (started != null && stopped != null && stopped.isBefore(started)) {
            errors.add(endPath, "cannot be before the start (" + startPath + ")");
        }
        if (drug != null && errors.isEmpty()) {
            try {
                new MmeCalculator().calculate(List.of(new OpioidDose(drug, dose.doseMg(), dose.dosesPerDay(),
                        dose.mcgPerHour())));
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    errors.add(pathOf(error.field(), root, dosagePath), inFhirWords(error.message()));
                }
            }
        }
        errors.throwIfAny();
        return new Medications.Entry(drug, dose.doseMg(), dose.route(), dose.dosesPerDay(), dose.mcgPerHour(),
                indication, started == null ? null : started.toString(), stopped == null ? null : stopped.toString());
    }

    /** The calculator's field ({@code medications[0].doseMg}) as the element it came from. */
    static String pathOf(String field, String root, String dosagePath) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return switch (name) {
            case "doseMg" -> dosagePath + "[0].doseAndRate[0].doseQuantity";
            case "mcgPerHour" -> dosagePath + "[0].doseAndRate[0].rateQuantity";
            case "dosesPerDay" -> dosagePath + "[0].timing.repeat";
            default -> root + ".medicationCodeableConcept.text";
        };
    }

    private static String inFhirWords(String message) {
        return message.replace("doseMg", "doseQuantity").replace("mcgPerHour", "rateQuantity")
                .replace("dosesPerDay", "timing.repeat (frequency per period)");
    }

    private static LocalDate day(DateTimeType date, String path, IntakeErrors errors) {
        if (date.getPrecision() == null || date.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            errors.add(path, "must be a full date (YYYY-MM-DD)");
            return null;
        }
        return LocalDate.parse(date.getValueAsString().substring(0, 10));
    }

    private static String reason(List<CodeableConcept> reasons) {
        return reasons.stream().map(DosageReading::words).filter(w -> w != null && !w.isBlank()).findFirst()
                .map(String::strip).orElse(null);
    }
}
