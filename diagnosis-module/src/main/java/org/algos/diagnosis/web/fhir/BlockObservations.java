package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ObservationSource;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.Observation;

/** The relief of diagnostic blocks as Observations ({@code Observation/block-<id>-relief}). */
@Dependent
public class BlockObservations implements ObservationSource {

    private static final String SUFFIX = "-relief";

    @Inject
    private DiagnosticBlocks blocks;

    @Inject
    private StaffNames names;

    @Override
    public Optional<Observation> read(String id) {
        if (id == null || !id.matches(BlockMapping.PREFIX + "[0-9]{1,18}" + SUFFIX)) {
            return Optional.empty();
        }
        long blockId = Long.parseLong(id.substring(BlockMapping.PREFIX.length(), id.length() - SUFFIX.length()));
        return Optional.of(BlockMapping.relief(blocks.get(blockId), names));
    }

    @Override
    public List<Observation> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return blocks.history(patient).stream().map(b -> BlockMapping.relief(b, names))
                .filter(o -> Fhir.matches(o, code, date)).toList();
    }
}
