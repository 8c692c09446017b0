package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.port.FollowUpRequests;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;

/** Which questionnaires a completed procedure asks, and in which windows. */
class OutcomeScheduleTest {

    private static final LocalDate DONE = LocalDate.of(2026, 1, 31);

    private static List<String> asked(Procedure procedure) {
        return OutcomeSchedule.requests(procedure, DONE, OutcomeSchedule.Windows.defaults()).stream()
                .map(r -> r.point() + " " + r.instrument()).toList();
    }

    @Test
    void aLumbarAblationAsksPainAtTwoWeeksAndPainWithTheOswestryIndexAtThreeSixAndTwelveMonths() {
        assertEquals(List.of("2w PEG", "3m PEG", "3m ODI", "6m PEG", "6m ODI", "12m PEG", "12m ODI"),
                asked(Procedure.RFA_LUMBAR));
    }

    @Test
    void theCervicalSpineAsksTheNeckDisabilityIndexAndASympatheticBlockOnlyPain() {
        assertEquals(List.of("2w PEG", "3m PEG", "3m NDI", "6m PEG", "6m NDI", "12m PEG", "12m NDI"),
                asked(Procedure.ESI_CERVICAL_IL));
        assertEquals(List.of("2w PEG", "3m PEG", "6m PEG", "12m PEG"), asked(Procedure.STELLATE_GANGLION));
        assertEquals("ODI", OutcomeSchedule.functionInstrument(Procedure.SCS_IMPLANT).orElseThrow());
        assertEquals("ODI", OutcomeSchedule.functionInstrument(Procedure.SIJ_INJECTION).orElseThrow());
    }

    @Test
    void diagnosticBlocksAndTriggerPointsAreNotFollowedUp() {
        assertEquals(List.of(), asked(Procedure.MBB_LUMBAR));
        assertEquals(List.of(), asked(Procedure.MBB_CERVICAL));
        assertEquals(List.of(), asked(Procedure.TRIGGER_POINT));
        assertTrue(OutcomeSchedule.appliesTo(Procedure.SCS_TRIAL));
    }

    @Test
    void eachRequestOpensAWindowBeforeItsPointAndIsDueAWindowAfter() {
        List<FollowUpRequests.Request> requests = OutcomeSchedule.requests(Procedure.RFA_LUMBAR, DONE,
                new OutcomeSchedule.Windows(5, 21));
        FollowUpRequests.Request twoWeeks = requests.get(0);
        assertEquals(LocalDate.of(2026, 2, 9), twoWeeks.opensOn(), "14 days after, less 5");
        assertEquals(LocalDate.of(2026, 2, 19), twoWeeks.dueOn());
        FollowUpRequests.Request threeMonths = requests.get(1);
        assertEquals(LocalDate.of(2026, 4, 9), threeMonths.opensOn(), "31 January + 3 months is 30 April, less 21 days");
        assertEquals(LocalDate.of(2026, 5, 21), threeMonths.dueOn());
        assertThrows(IllegalArgumentException.class, () -> new OutcomeSchedule.Windows(0, 30));
        assertThrows(IllegalArgumentException.class, () -> new OutcomeSchedule.Windows(7, 60));
    }
}
