package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class TaskInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aCompleteTaskPasses() {
        FieldErrors errors = new FieldErrors();
        TaskInput.Checked task = TaskInput.check("", new TaskInput.Entry(" Call patient ", "nurse.kim", "2026-03-01"),
                TODAY, errors);
        assertTrue(errors.isEmpty());
        assertEquals(new TaskInput.Checked("Call patient", "nurse.kim", TODAY), task);
    }

    @Test
    void everyWrongFieldIsNamedWithThePrefix() {
        FieldErrors errors = new FieldErrors();
        assertNull(TaskInput.check("tasks[2].", new TaskInput.Entry(" ", null, "01/03/2026"), TODAY, errors));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals(List.of("tasks[2].title", "tasks[2].assignee", "tasks[2].dueDate"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aTaskIsNotDueInThePast() {
        FieldErrors errors = new FieldErrors();
        assertNull(TaskInput.check("", new TaskInput.Entry("Call", "nurse.kim", "2026-02-28"), TODAY, errors));
        assertFalse(errors.isEmpty());
    }

    @Test
    void doneRecordsWhoAndWhenAndReopeningClearsIt() {
        CarePlan plan = SavedPlans.plan(11, CarePlanStatus.ACTIVE);
        CarePlanTask task = new CarePlanTask(null, plan, null, "Call", "nurse.kim", TODAY, "dr.lee",
                LocalDateTime.now());
        assertEquals(TaskStatus.OPEN, task.status());
        assertFalse(task.isOverdue(TODAY));
        assertTrue(task.isOverdue(TODAY.plusDays(1)));
        task.changeStatus(TaskStatus.DONE, "nurse.kim", LocalDateTime.of(2026, 3, 2, 8, 0));
        assertEquals("nurse.kim", task.doneBy());
        assertFalse(task.isOverdue(TODAY.plusDays(1)), "a done task is never overdue");
        task.changeStatus(TaskStatus.OPEN, "dr.lee", LocalDateTime.of(2026, 3, 3, 8, 0));
        assertNull(task.doneBy());
        assertNull(task.doneAt());
    }
}
