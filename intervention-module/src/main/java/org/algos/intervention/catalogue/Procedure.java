package org.algos.intervention.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.value.SpineRegion;

/**
 * The procedures the clinic schedules, with their CPT codes (CPT, American Medical Association) and
 * their bleeding-risk category (ASRA Pain Medicine / ESRA, Narouze et al. 2015 and 2018).
 * The codes are the ones the API accepts for eligibility and scheduling.
 */
public enum Procedure {
    MBB_LUMBAR("Lumbar medial branch block", List.of("64493", "64494", "64495"),
            SpineRegion.LUMBAR, ProcedureFamily.FACET_BLOCK, BleedingRisk.LOW, Placement.LEVELS_AND_SIDE),
    MBB_CERVICAL("Cervical medial branch block", List.of("64490", "64491", "64492"),
            SpineRegion.CERVICAL, ProcedureFamily.FACET_BLOCK, BleedingRisk.INTERMEDIATE, Placement.LEVELS_AND_SIDE),
    RFA_LUMBAR("Lumbar facet radiofrequency ablation", List.of("64635", "64636"),
            SpineRegion.LUMBAR, ProcedureFamily.FACET_RFA, BleedingRisk.LOW, Placement.LEVELS_AND_SIDE),
    RFA_CERVICAL("Cervical facet radiofrequency ablation", List.of("64633", "64634"),
            SpineRegion.CERVICAL, ProcedureFamily.FACET_RFA, BleedingRisk.INTERMEDIATE, Placement.LEVELS_AND_SIDE),
    ESI_LUMBAR_TF("Lumbar transforaminal epidural steroid injection", List.of("64483", "64484"),
            SpineRegion.LUMBAR, ProcedureFamily.EPIDURAL, BleedingRisk.INTERMEDIATE, Placement.LEVELS_AND_SIDE),
    ESI_LUMBAR_IL("Lumbar interlaminar epidural steroid injection", List.of("62323"),
            SpineRegion.LUMBAR, ProcedureFamily.EPIDURAL, BleedingRisk.INTERMEDIATE, Placement.LEVELS),
    ESI_CERVICAL_IL("Cervical interlaminar epidural steroid injection", List.of("62321"),
            SpineRegion.CERVICAL, ProcedureFamily.EPIDURAL, BleedingRisk.INTERMEDIATE, Placement.LEVELS),
    ESI_CAUDAL("Caudal epidural steroid injection", List.of("62323"),
            SpineRegion.SACRAL, ProcedureFamily.EPIDURAL, BleedingRisk.INTERMEDIATE, Placement.NONE),
    SIJ_INJECTION("Sacroiliac joint injection", List.of("27096"),
            null, ProcedureFamily.SACROILIAC, BleedingRisk.LOW, Placement.SIDE),
    SCS_TRIAL("Spinal cord stimulator trial", List.of("63650"),
            null, ProcedureFamily.NEUROMODULATION, BleedingRisk.HIGH, Placement.NONE),
    SCS_IMPLANT("Spinal cord stimulator implant", List.of("63685", "63650"),
            null, ProcedureFamily.NEUROMODULATION, BleedingRisk.HIGH, Placement.NONE),
    TRIGGER_POINT("Trigger point injection", List.of("20552", "20553"),
            null, ProcedureFamily.SOFT_TISSUE, BleedingRisk.LOW, Placement.NONE),
    STELLATE_GANGLION("Stellate ganglion block", List.of("64510"),
            null, ProcedureFamily.SYMPATHETIC, BleedingRisk.INTERMEDIATE, Placement.SIDE),
    LUMBAR_SYMPATHETIC("Lumbar sympathetic block", List.of("64520"),
            null, ProcedureFamily.SYMPATHETIC, BleedingRisk.INTERMEDIATE, Placement.SIDE);

    /** What a request for the procedure must name besides the date. */
    private enum Placement {
        LEVELS_AND_SIDE(true, true), LEVELS(true, false), SIDE(false, true), NONE(false, false);

        private final boolean levels;
        private final boolean side;

        Placement(boolean levels, boolean side) {
            this.levels = levels;
            this.side = side;
        }
    }

    private final String displayName;
    private final List<String> cptCodes;
    private final SpineRegion spineRegion;
    private final ProcedureFamily family;
    private final BleedingRisk bleedingRisk;
    private final Placement placement;

    Procedure(String displayName, List<String> cptCodes, SpineRegion spineRegion, ProcedureFamily family,
              BleedingRisk bleedingRisk, Placement placement) {
        this.displayName = displayName;
        this.cptCodes = cptCodes;
        this.spineRegion = spineRegion;
        this.family = family;
        this.bleedingRisk = bleedingRisk;
        this.placement = placement;
    }

    /**
     * The procedure with this code, ignoring case and surrounding blanks.
     *
     * @throws InvalidInputException on field {@code procedure} when the code is missing or unknown
     */
    public static Procedure parse(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("procedure", "is required");
        }
        return fromCode(code).orElseThrow(() -> InvalidInputException.of("procedure", unknownCodeMessage()));
    }

    /** The procedure with this code, ignoring case and surrounding blanks; empty when there is none. */
    public static Optional<Procedure> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** The message for a code that is not in the catalogue, naming the codes that are. */
    public static String unknownCodeMessage() {
        return "must be one of " + Arrays.stream(values()).map(Procedure::code).collect(Collectors.joining(", "));
    }

    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The CPT codes billed for the procedure, base code first. Where the reference lists extra
     * codes they are for further levels (facet, transforaminal), more muscles (trigger points,
     * 20553 for three or more) or, for the implant, the lead placed with the generator.
     */
    public List<String> cptCodes() {
        return cptCodes;
    }

    /** The spine region whose levels the procedure treats; empty for procedures not counted by spinal region. */
    public Optional<SpineRegion> spineRegion() {
        return Optional.ofNullable(spineRegion);
    }

    /** The area payers count sessions in (cervicothoracic or lumbosacral); empty when not spinal. */
    public Optional<SpinalArea> spinalArea() {
        return spineRegion().map(SpinalArea::of);
    }

    public ProcedureFamily family() {
        return family;
    }

    public BleedingRisk bleedingRisk() {
        return bleedingRisk;
    }

    /** Whether the procedure note must name spinal levels (segments such as L4-L5). */
    public boolean needsLevels() {
        return placement.levels;
    }

    /** Whether a request must say which side: the procedure treats a paired structure. */
    public boolean needsSide() {
        return placement.side;
    }
}
