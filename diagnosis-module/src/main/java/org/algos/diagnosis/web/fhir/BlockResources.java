package org.algos.diagnosis.web.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.Resource;

/** The diagnostic blocks' part of {@code Patient/$everything}: each block's Procedure and its relief Observation. */
@Dependent
public class BlockResources {

    @Inject
    private DiagnosticBlocks blocks;

    @Inject
    private StaffNames names;

    public List<Resource> of(AuthorizedPatient patient) {
        List<Resource> resources = new ArrayList<>();
        blocks.history(patient).forEach(b -> {
            resources.add(BlockMapping.procedure(b, names));
            resources.add(BlockMapping.relief(b, names));
        });
        return resources;
    }
}
