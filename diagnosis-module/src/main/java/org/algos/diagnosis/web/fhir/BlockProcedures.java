package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.fhir.ProcedureSource;
import org.algos.web.kit.fhir.StaffNames;
import org.hl7.fhir.r4.model.Procedure;

/** Diagnostic blocks as Procedures ({@code Procedure/block-<id>}). */
@Dependent
public class BlockProcedures implements ProcedureSource {

    @Inject
    private DiagnosticBlocks blocks;

    @Inject
    private StaffNames names;

    @Override
    public Optional<Procedure> read(String id) {
        if (id == null || !id.matches(BlockMapping.PREFIX + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        long blockId = Long.parseLong(id.substring(BlockMapping.PREFIX.length()));
        return Optional.of(BlockMapping.procedure(blocks.get(blockId), names));
    }

    @Override
    public List<Procedure> search(AuthorizedPatient patient, TokenParam code, DateRangeParam date) {
        return blocks.history(patient).stream().map(b -> BlockMapping.procedure(b, names))
                .filter(p -> ProcedureSource.matches(p, code, date)).toList();
    }
}
