package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Optional;

/**
 * A validated questionnaire: its items, its scoring and the change that matters clinically.
 * Implementations are stateless and check the answers ({@link AnswerCheck}) before scoring.
 */
public interface Instrument {

    /** The code used in the REST API, e.g. {@code ODI}. */
    String code();

    /** The instrument's name as shown to clinicians. */
    String name();

    /** The items in published order. */
    List<Item> items();

    /** Whether scoring reads the patient's sex (ORT points differ by sex). */
    boolean needsSex();

    /**
     * Scores the answers.
     *
     * @throws org.algos.domain.common.InvalidInputException when a key is not an item, a value
     *         is out of its item's range, or a needed sex is missing; every problem at once
     */
    Score score(Answers answers);

    /** The MCID of {@link #changeMetric}; empty when none is published for the instrument. */
    Optional<Mcid> mcid();

    /**
     * The number that trends compare between two assessments and to which {@link #mcid} applies.
     *
     * @throws IllegalArgumentException for an invalid score, which has nothing to compare
     */
    double changeMetric(Score score);

    /** Where the instrument and its scoring rules come from, shown to the user. */
    String source();
}
