package org.algos.intervention.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.algos.domain.port.FollowUpRequests;
import org.algos.domain.value.SpineRegion;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * Which questionnaires a completed procedure asks of the patient, and when. Treatments are
 * followed up; diagnostic blocks (judged by the relief of the day) and trigger points are not.
 * Pain is asked with PEG, whose first item is the average pain on the 0–10 scale; function with
 * the Oswestry index for the lumbar and sacral spine, the sacroiliac joint and spinal cord
 * stimulation (low back and leg pain), the Neck Disability Index for the cervical spine, and not
 * at all after a sympathetic block. Each request opens {@code window} days before its point and
 * is due {@code window} days after it (a shorter window for the 2-week point).
 */
public final class OutcomeSchedule {

    static final String PAIN = "PEG";

    private static final Set<ProcedureFamily> FOLLOWED_UP = EnumSet.of(ProcedureFamily.FACET_RFA,
            ProcedureFamily.EPIDURAL, ProcedureFamily.SACROILIAC, ProcedureFamily.NEUROMODULATION,
            ProcedureFamily.SYMPATHETIC);

    /**
     * @param shortWindowDays days either side of the 2-week point
     * @param windowDays      days either side of the 3-, 6- and 12-month points
     */
    public record Windows(int shortWindowDays, int windowDays) {

        public static Windows defaults() {
            return new Windows(7, 30);
        }

        public Windows {
            if (shortWindowDays < 1 || shortWindowDays > 7 || windowDays < 7 || windowDays > 45) {
                throw new IllegalArgumentException("Follow-up windows must be 1–7 days (2 weeks) and 7–45 days"
                        + " (months), not " + shortWindowDays + " and " + windowDays);
            }
        }

        public int of(FollowUpPoint point) {
            return point == FollowUpPoint.TWO_WEEKS ? shortWindowDays : windowDays;
        }
    }

    private OutcomeSchedule() {
    }

    public static boolean appliesTo(Procedure procedure) {
        return FOLLOWED_UP.contains(procedure.family());
    }

    /** ODI or NDI for the procedure's region; empty when function is not asked. */
    public static Optional<String> functionInstrument(Procedure procedure) {
        if (procedure.family() == ProcedureFamily.SYMPATHETIC) {
            return Optional.empty();
        }
        return Optional.of(procedure.spineRegion().filter(r -> r == SpineRegion.CERVICAL).isPresent() ? "NDI" : "ODI");
    }

    /** The requests for a procedure done on {@code done}; none for a procedure that is not followed up. */
    public static List<FollowUpRequests.Request> requests(Procedure procedure, LocalDate done, Windows windows) {
        List<FollowUpRequests.Request> requests = new ArrayList<>();
        if (!appliesTo(procedure)) {
            return requests;
        }
        Optional<String> function = functionInstrument(procedure);
        for (FollowUpPoint point : FollowUpPoint.values()) {
            LocalDate on = point.on(done);
            int window = windows.of(point);
            LocalDate opens = on.minusDays(window);
            LocalDate due = on.plusDays(window);
            requests.add(new FollowUpRequests.Request(PAIN, point.code(), opens, due));
            if (point.asksFunction()) {
                function.ifPresent(f -> requests.add(new FollowUpRequests.Request(f, point.code(), opens, due)));
            }
        }
        return requests;
    }
}
