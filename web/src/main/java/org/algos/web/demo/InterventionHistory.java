package org.algos.web.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.Sex;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.domain.value.SpinalSegment;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityRequest;
import org.algos.intervention.procedure.ChecklistAnswer;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.SafetyChecklist;
import org.algos.web.demo.DemoWriter.Stage;

/**
 * The intervention module's part of the demo history: procedures booked by the nurse and checked
 * by the eligibility rules on their day, done by the physician after the full safety checklist,
 * with their note, immediate relief and follow-ups; and bookings still to come.
 */
final class InterventionHistory {

    /** Who books and who performs in the demo clinic. */
    private static final String BOOKED_BY = "nurse.kim";
    private static final String PERFORMED_BY = "dr.lee";

    private final DemoWriter w;
    private final DemoFacts facts;

    InterventionHistory(DemoWriter w, DemoFacts facts) {
        this.w = w;
        this.facts = facts;
    }

    /** Where and when: the procedure, its side (null where it has none) and levels, and its day. */
    record Placed(Procedure procedure, Laterality side, List<String> levels, LocalDate on) {

        Placed {
            levels = List.copyOf(levels);
        }

        static Placed of(Procedure procedure, Laterality side, LocalDate on, String... levels) {
            return new Placed(procedure, side, List.of(levels), on);
        }
    }

    /**
     * A procedure done here: booked three weeks before, checked against the rules as the record
     * stood then, the checklist completed, then completed with its note and the pain before and
     * straight after.
     */
    ProcedureRecord done(Patient patient, Placed placed, ProcedureNote note, int painBefore, int painAfter) {
        if (placed.on().isAfter(w.today())) {
            throw new IllegalStateException("A completed procedure cannot be in the future: " + placed.on());
        }
        ProcedureRecord record = booked(patient, placed, w.at(placed.on().minusWeeks(3), 11, 0));
        tickAll(patient, record);
        record.checkIn();
        record.complete(note, PainScore.of(painBefore), PainScore.of(painAfter), PERFORMED_BY);
        return record;
    }

    /** A procedure booked for a day to come (today included); its checklist is still to do. */
    ProcedureRecord booked(Patient patient, Placed placed, LocalDateTime bookedAt) {
        EligibilityRequest request = new EligibilityRequest(placed.procedure(), placed.side(), placed.on());
        checkLevels(placed);
        facts.requireEligible(patient.id(), request);
        ProcedureRecord record = new ProcedureRecord(w.id(ProcedureRecord.class), patient.id(),
                placed.procedure().code(), placed.side(), placed.levels(), placed.on(), ProcedureStatus.SCHEDULED,
                BOOKED_BY, bookedAt);
        facts.procedure(record);
        return w.add(Stage.RECORD, record);
    }

    /**
     * Ticks the named checklist items as the team works through them: pregnancy does not apply to a
     * man, glucose to these patients (none is diabetic); everything else is done.
     */
    void tick(Patient patient, ProcedureRecord record, String... items) {
        for (String item : items) {
            boolean notApplicable = "glucose".equals(item) || ("pregnancy".equals(item) && patient.sex() == Sex.MALE);
            if (!record.tick(item, notApplicable ? ChecklistAnswer.NOT_APPLICABLE : ChecklistAnswer.DONE)) {
                throw new IllegalStateException("Not a checklist answer: " + item);
            }
        }
    }

    private void tickAll(Patient patient, ProcedureRecord record) {
        tick(patient, record, SafetyChecklist.ITEMS.keySet().toArray(String[]::new));
    }

    /** A follow-up after a completed procedure, between its day and today. */
    FollowUp followUp(ProcedureRecord record, LocalDate on, int painNow, int reliefPercent, String functionNote,
                      String by) {
        if (record.status() != ProcedureStatus.COMPLETED || on.isBefore(record.date()) || on.isAfter(w.today())) {
            throw new IllegalStateException("A follow-up is of a completed procedure, between its day and today");
        }
        PainScore.of(painNow);
        if (reliefPercent < 0 || reliefPercent > 100) {
            throw new IllegalStateException("Relief is a percentage, not " + reliefPercent);
        }
        FollowUp followUp = w.add(Stage.DETAIL, new FollowUp(w.id(FollowUp.class), record.id(), record.patientId(), on,
                painNow, reliefPercent, functionNote, by));
        facts.followUp(record, followUp);
        return followUp;
    }

    /** Levels are segments of the procedure's region, named where the procedure needs them. */
    private static void checkLevels(Placed placed) {
        Procedure procedure = placed.procedure();
        if (procedure.needsLevels() && placed.levels().isEmpty()) {
            throw new IllegalStateException(procedure + " names its levels");
        }
        for (String level : placed.levels()) {
            SpinalSegment segment = SpinalSegment.parse(level);
            if (procedure.spineRegion().map(r -> r.isLumbosacral() != segment.region().isLumbosacral()).orElse(true)) {
                throw new IllegalStateException(level + " is not in the region of " + procedure.displayName());
            }
        }
    }
}
