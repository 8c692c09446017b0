package org.algos.intervention.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-procedure safety checklist. Consent, allergies (contrast, latex, local anaesthetic),
 * anticoagulation status and holds, infection, site/side/level marking and the time-out must be
 * done; pregnancy and, for a diabetic patient before steroids, glucose may instead be "not
 * applicable". A procedure cannot be completed while any is open.
 */
@Embeddable
public class SafetyChecklist {

    /** Item keys in the order the team works through them, with their labels. */
    public static final Map<String, String> ITEMS = items();

    private static final List<String> MAY_NOT_APPLY = List.of("pregnancy", "glucose");

    @Enumerated(EnumType.STRING) @Column(name = "chk_consent", length = 15)
    private ChecklistAnswer consent;
    @Enumerated(EnumType.STRING) @Column(name = "chk_allergies", length = 15)
    private ChecklistAnswer allergies;
    @Enumerated(EnumType.STRING) @Column(name = "chk_anticoagulation", length = 15)
    private ChecklistAnswer anticoagulation;
    @Enumerated(EnumType.STRING) @Column(name = "chk_infection", length = 15)
    private ChecklistAnswer infection;
    @Enumerated(EnumType.STRING) @Column(name = "chk_pregnancy", length = 15)
    private ChecklistAnswer pregnancy;
    @Enumerated(EnumType.STRING) @Column(name = "chk_glucose", length = 15)
    private ChecklistAnswer glucose;
    @Enumerated(EnumType.STRING) @Column(name = "chk_site_marked", length = 15)
    private ChecklistAnswer siteMarked;
    @Enumerated(EnumType.STRING) @Column(name = "chk_time_out", length = 15)
    private ChecklistAnswer timeOut;

    private static Map<String, String> items() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("consent", "Written consent signed");
        items.put("allergies", "Allergies checked: contrast, latex, local anaesthetic");
        items.put("anticoagulation", "Anticoagulation status and holds checked");
        items.put("infection", "No local or systemic infection");
        items.put("pregnancy", "Pregnancy excluded");
        items.put("glucose", "Glucose checked (diabetic patient, steroid planned)");
        items.put("siteMarked", "Site, side and level marked");
        items.put("timeOut", "Time-out done");
        return java.util.Collections.unmodifiableMap(items);
    }

    public static boolean mayNotApply(String item) {
        return MAY_NOT_APPLY.contains(item);
    }

    /** Sets one item; false when the key is unknown or "not applicable" is not allowed for it. */
    boolean set(String item, ChecklistAnswer answer) {
        if (!ITEMS.containsKey(item) || (answer == ChecklistAnswer.NOT_APPLICABLE && !mayNotApply(item))) {
            return false;
        }
        switch (item) {
            case "consent" -> consent = answer;
            case "allergies" -> allergies = answer;
            case "anticoagulation" -> anticoagulation = answer;
            case "infection" -> infection = answer;
            case "pregnancy" -> pregnancy = answer;
            case "glucose" -> glucose = answer;
            case "siteMarked" -> siteMarked = answer;
            default -> timeOut = answer;
        }
        return true;
    }

    public Map<String, ChecklistAnswer> answers() {
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        answers.put("consent", consent);
        answers.put("allergies", allergies);
        answers.put("anticoagulation", anticoagulation);
        answers.put("infection", infection);
        answers.put("pregnancy", pregnancy);
        answers.put("glucose", glucose);
        answers.put("siteMarked", siteMarked);
        answers.put("timeOut", timeOut);
        return answers;
    }

    /** Labels of the items still open, in checklist order. */
    public List<String> open() {
        List<String> open = new ArrayList<>();
        answers().forEach((item, answer) -> {
            if (answer == null) {
                open.add(ITEMS.get(item));
            }
        });
        return open;
    }
}
