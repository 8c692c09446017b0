package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;

/**
 * The first radiofrequency ablation of a region and side needs two medial branch blocks of that
 * region on different dates, each with at least 80 % relief, each covering the side; a bilateral
 * block counts for both sides (CMS LCD L38803, Noridian, and the harmonised facet LCDs). A side
 * is on its first ablation when no completed ablation of the region covered it before the date;
 * a bilateral request is judged for each side. The 80 % is a clinic setting; a block counts
 * only when the diagnosis module also judged it positive, since that verdict is taken on the
 * unrounded relief.
 */
public final class FirstRfaNeedsTwoPositiveMedialBranchBlocks implements EligibilityRule {

    private static final int BLOCKS_NEEDED = 2;

    /** The block that tests the nerves an ablation destroys; its code is the diagnostic block type. */
    private static final Map<Procedure, Procedure> BLOCK_BEFORE = Map.of(
            Procedure.RFA_LUMBAR, Procedure.MBB_LUMBAR,
            Procedure.RFA_CERVICAL, Procedure.MBB_CERVICAL);

    private final double positivePercent;

    public FirstRfaNeedsTwoPositiveMedialBranchBlocks(EligibilitySettings settings) {
        this.positivePercent = settings.medialBranchBlockPositivePercent();
    }

    @Override
    public boolean appliesTo(Procedure procedure) {
        return BLOCK_BEFORE.containsKey(procedure);
    }

    @Override
    public Optional<Finding> refusal(EligibilityRequest request, PatientFacts facts) {
        List<String> shortSides = new ArrayList<>();
        for (Laterality side : request.eachSide()) {
            if (isFirstAblation(request, side, facts)) {
                Set<LocalDate> blockDays = positiveBlockDays(request, side, facts);
                if (blockDays.size() < BLOCKS_NEEDED) {
                    shortSides.add(side.code() + " (" + describe(blockDays) + ")");
                }
            }
        }
        if (shortSides.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(refusing(String.format(
                "A first %s needs %d %ss on different dates, each with at least %s relief and covering the side; "
                        + "missing for %s.",
                lowerCase(request.procedure()), BLOCKS_NEEDED, lowerCase(BLOCK_BEFORE.get(request.procedure())),
                Percent.text(positivePercent), String.join(", ", shortSides))));
    }

    @Override
    public String source() {
        return ReferenceSources.FACET;
    }

    @Override
    public String requirement() {
        return String.format("A first ablation of a region and side follows %d positive medial branch blocks "
                + "(at least %s relief) of that region and side on different dates.", BLOCKS_NEEDED,
                Percent.text(positivePercent));
    }

    private static boolean isFirstAblation(EligibilityRequest request, Laterality side, PatientFacts facts) {
        return facts.procedures().stream().noneMatch(p -> p.procedure() == request.procedure()
                && p.isCompleted()
                && p.date().isBefore(request.date())
                && p.covers(side));
    }

    private Set<LocalDate> positiveBlockDays(EligibilityRequest request, Laterality side, PatientFacts facts) {
        String blockType = BLOCK_BEFORE.get(request.procedure()).code();
        return facts.blocks().stream()
                .filter(b -> blockType.equals(b.type()))
                .filter(b -> b.positive() && b.reliefPercent() >= positivePercent)
                .filter(b -> b.side() != null && b.side().covers(side))
                .filter(b -> !b.performedOn().isAfter(request.date()))
                .map(DiagnosticBlockFact::performedOn)
                .collect(Collectors.toSet());
    }

    private static String describe(Set<LocalDate> blockDays) {
        return blockDays.isEmpty() ? "no positive block" : "positive block only on " + blockDays.iterator().next();
    }

    private static String lowerCase(Procedure procedure) {
        return procedure.displayName().toLowerCase(Locale.ROOT);
    }
}
