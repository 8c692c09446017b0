package org.algos.intervention.web.portal;

import java.io.Serializable;
import java.util.List;
import org.algos.intervention.procedure.ChecklistAnswer;

/** One item of a procedure's safety checklist with the answer saved so far (null while open). */
public final class ChecklistItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An answer the checklist offers: its code and label. */
    public record Option(String value, String label) implements Serializable {
    }

    private static final Option DONE = new Option(ChecklistAnswer.DONE.code(), "Done");
    private static final Option NOT_APPLICABLE = new Option(ChecklistAnswer.NOT_APPLICABLE.code(), "Not applicable");

    private final String key;
    private final String label;
    private final boolean mayNotApply;
    private String answer;

    ChecklistItem(String key, String label, boolean mayNotApply, String answer) {
        this.key = key;
        this.label = label;
        this.mayNotApply = mayNotApply;
        this.answer = answer;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public boolean isMayNotApply() {
        return mayNotApply;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isOpen() {
        return answer == null;
    }

    /** Done, and "not applicable" only where the item may not apply. */
    public List<Option> getOptions() {
        return mayNotApply ? List.of(DONE, NOT_APPLICABLE) : List.of(DONE);
    }
}
