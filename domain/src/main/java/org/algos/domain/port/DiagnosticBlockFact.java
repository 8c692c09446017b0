package org.algos.domain.port;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.value.Laterality;

/**
 * One diagnostic block as other modules see it.
 *
 * @param type          the block type code, e.g. {@code MBB_LUMBAR}
 * @param region        the region blocked, e.g. {@code lumbar}
 * @param side          the side; a bilateral block counts for each side
 * @param levels        the segments, e.g. {@code ["L4-L5", "L5-S1"]}; empty where not spinal
 * @param reliefPercent pain relief during the anaesthetic's duration, percent of the score before
 * @param positive      whether the relief reached the type's threshold
 */
public record DiagnosticBlockFact(String type, String region, Laterality side, List<String> levels,
                                  double reliefPercent, boolean positive, LocalDate performedOn) {

    public DiagnosticBlockFact {
        levels = List.copyOf(levels);
    }
}
