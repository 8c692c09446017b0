package org.algos.web.kit.document;

/**
 * Where each feature's sections go in each document, in one place so that the documents read
 * in the order a clinician expects: what was done before why, the findings before the plan.
 */
public final class SectionOrder {

    // Procedure note
    public static final int NOTE_PROCEDURE = 10;
    public static final int NOTE_INDICATION = 20;
    public static final int NOTE_ELIGIBILITY = 30;
    public static final int NOTE_CHECKLIST = 40;
    public static final int NOTE_TECHNIQUE = 50;
    public static final int NOTE_RELIEF = 60;
    public static final int NOTE_PHYSICIAN = 70;

    // Clinic letter
    public static final int LETTER_DIAGNOSES = 10;
    public static final int LETTER_SCORES = 20;
    public static final int LETTER_PROCEDURES = 30;
    public static final int LETTER_MEDICATIONS = 40;
    public static final int LETTER_GOALS = 50;

    // The patient's plan
    public static final int PLAN_GOALS = 10;
    public static final int PLAN_TREATMENTS = 20;
    public static final int PLAN_BEFORE_PROCEDURE = 30;
    public static final int PLAN_DIARY = 40;
    public static final int PLAN_CONTACTS = 50;

    private SectionOrder() {
    }
}
