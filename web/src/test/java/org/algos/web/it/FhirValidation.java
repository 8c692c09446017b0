package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * One FHIR validator for the whole test JVM (it takes ~20 s and ~330 MB to warm up with US Core):
 * the R4 core specification and US Core 6.1.0 with the extensions it uses, offline. Code systems
 * the validator cannot look up offline (LOINC, ICD-10-CM) are warnings, not errors.
 */
final class FhirValidation {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    /** Resources the server publishes that responses refer to (its Questionnaires). */
    private static final PrePopulatedValidationSupport SERVED = new PrePopulatedValidationSupport(CONTEXT);
    private static FhirValidator validator;

    private FhirValidation() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            try {
                NpmPackageValidationSupport packages = new NpmPackageValidationSupport(CONTEXT);
                packages.loadPackageFromClasspath("classpath:fhir/hl7.fhir.uv.extensions.r4-5.1.0.tgz");
                packages.loadPackageFromClasspath("classpath:fhir/hl7.fhir.us.core-6.1.0.tgz");
                UnknownCodeSystemWarningValidationSupport unknownCodes =
                        new UnknownCodeSystemWarningValidationSupport(CONTEXT);
                unknownCodes.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
                ValidationSupportChain chain = new ValidationSupportChain(SERVED, packages,
                        new DefaultProfileValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT),
                        new InMemoryTerminologyServerValidationSupport(CONTEXT),
                        new SnapshotGeneratingValidationSupport(CONTEXT), unknownCodes);
                FhirValidator v = CONTEXT.newValidator();
                v.registerValidatorModule(new FhirInstanceValidator(chain));
                validator = v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    /** Makes a resource the server publishes known, so that what refers to it can be checked against it. */
    static synchronized void know(IBaseResource served) {
        SERVED.addResource(served);
    }

    /** The server's Questionnaires, made known to the validator for the responses that refer to them. */
    static Bundle knowQuestionnaires(ApiClient reader) {
        ApiClient.Reply all = reader.getAnyType("fhir/Questionnaire");
        assertEquals(200, all.status(), all::toString);
        Bundle bundle = CONTEXT.newJsonParser().parseResource(Bundle.class, all.body());
        bundle.getEntry().forEach(e -> know(e.getResource()));
        return bundle;
    }

    /** The errors (and fatal messages) the validator finds in the resource; none is the goal. */
    static List<String> errors(IBaseResource resource) {
        return validator().validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                        || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    /** Fails, listing them, unless the resource as the server wrote it has no error. */
    static void assertValid(String json) {
        assertEquals(List.of(), errors(json), json);
    }

    /** The same for a resource as the server wrote it. */
    static List<String> errors(String json) {
        return errors(CONTEXT.newJsonParser().parseResource(json));
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
