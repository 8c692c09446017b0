package org.algos.web.fhir.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file per type asked for, one resource per line, nothing for the others. */
class NdjsonFilesTest {

    @TempDir
    Path directory;

    @Test
    void eachResourceIsOneLineOfItsTypesFileAndTheCountsFollowTheTypesOrder() throws Exception {
        Path export = directory.resolve("job");
        try (NdjsonFiles files = new NdjsonFiles(export, List.of("Patient", "Condition", "Observation"))) {
            files.write(new Observation().setStatus(Observation.ObservationStatus.FINAL).setId("o1"));
            Patient ann = new Patient();
            ann.setId("p1");
            ann.addName().setFamily("Line\nBreak");
            files.write(ann);
            files.write(new Observation().setStatus(Observation.ObservationStatus.AMENDED).setId("o2"));
            assertEquals(Map.of("Patient", 1, "Observation", 2), files.counts());
            assertEquals(List.of("Patient", "Observation"), List.copyOf(files.counts().keySet()));
        }
        List<String> observations = Files.readAllLines(export.resolve("Observation.ndjson"), StandardCharsets.UTF_8);
        assertEquals(2, observations.size());
        var parser = FhirContext.forR4Cached().newJsonParser();
        assertEquals("o2", parser.parseResource(Observation.class, observations.get(1)).getIdElement().getIdPart());
        List<String> patients = Files.readAllLines(export.resolve("Patient.ndjson"), StandardCharsets.UTF_8);
        assertEquals(1, patients.size(), "a line break inside a value stays escaped on its line");
        assertEquals("Line\nBreak", parser.parseResource(Patient.class, patients.get(0)).getNameFirstRep().getFamily());
        assertFalse(Files.exists(export.resolve("Condition.ndjson")), "no file for a type without resources");
    }

    @Test
    void aTypeNotAskedForIsNotWrittenAndDeleteLeavesNothing() throws Exception {
        Path export = directory.resolve("job");
        try (NdjsonFiles files = new NdjsonFiles(export, List.of("Patient"))) {
            files.write(new Condition().setId("c1"));
            files.write(new Patient().setId("p1"));
            assertEquals(Map.of("Patient", 1), files.counts());
        }
        NdjsonFiles.delete(export);
        assertFalse(Files.exists(export));
        NdjsonFiles.delete(export); // deleting twice is harmless
    }
}
