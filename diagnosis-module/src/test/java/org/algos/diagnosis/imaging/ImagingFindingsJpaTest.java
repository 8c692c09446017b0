package org.algos.diagnosis.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.algos.diagnosis.DiagnosisPersistence;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.value.Laterality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imaging findings as the chart lists them. */
class ImagingFindingsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = DiagnosisPersistence.database();

    private final ImagingFindings findings = db.service(ImagingFindings.class);

    @Test
    void theNewestStudyComesFirstWithItsLevelsAndSideAndNoOtherPatientsFindings() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        db.actAs(db.people().physician("dr.lee", jane, john));
        db.run(() -> findings.add(jane.id(), new ImagingFindings.Entry("xray", "2025-11-02", "spondylolisthesis",
                List.of("L4-L5"), null, null)));
        db.run(() -> findings.add(jane.id(), new ImagingFindings.Entry("mri", "2026-02-20", "facet-arthropathy",
                List.of("L4-L5", "l5-s1"), "bilateral", "Moderate facet arthropathy L4-S1.")));
        db.run(() -> findings.add(john.id(), new ImagingFindings.Entry("ct", "2026-03-01", "fracture", List.of(),
                null, null)));

        List<ImagingFinding> listed = db.call(() -> findings.list(jane.id()));

        assertEquals(List.of(Modality.MRI, Modality.XRAY), listed.stream().map(ImagingFinding::modality).toList());
        assertEquals(List.of("L4-L5", "L5-S1"), listed.get(0).levels());
        assertEquals(Laterality.BILATERAL, listed.get(0).side());
        assertEquals(null, listed.get(1).side());
    }
}
