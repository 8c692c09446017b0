/**
 * Patient education: a catalogue of short texts shipped with Algos ({@link org.algos.careplan.education.EducationCatalogue}),
 * written for this project in plain language, which the care team assigns to a patient and the
 * patient reads and marks as read. The texts are a Markdown subset rendered by
 * {@link org.algos.careplan.education.SafeMarkdown}, which escapes everything and emits only the
 * few tags it knows, so no text can carry markup of its own.
 */
package org.algos.careplan.education;
