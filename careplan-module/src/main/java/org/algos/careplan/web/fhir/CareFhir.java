package org.algos.careplan.web.fhir;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** Profiles, code systems and time conversions the slice's mappings share. */
final class CareFhir {

    static final String US_CORE_MEDICATION_REQUEST = Fhir.US_CORE + "us-core-medicationrequest";
    static final String US_CORE_SIMPLE_OBSERVATION = Fhir.US_CORE + "us-core-simple-observation";
    static final String US_CORE_CARE_PLAN = Fhir.US_CORE + "us-core-careplan";
    static final String US_CORE_GOAL = Fhir.US_CORE + "us-core-goal";
    static final String UCUM = "http://unitsofmeasure.org";

    private CareFhir() {
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /** A time stored in UTC (the services' {@code Clocks.nowUtc}) as a FHIR instant-precision dateTime. */
    static DateTimeType utc(LocalDateTime stored) {
        return new DateTimeType(stored.toInstant(ZoneOffset.UTC).toString());
    }

    /** A calendar day as a day-precision dateTime (no time of day, no zone). */
    static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }
}
