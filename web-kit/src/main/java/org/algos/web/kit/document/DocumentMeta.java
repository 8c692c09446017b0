package org.algos.web.kit.document;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * What a clinical document says about itself: its title, author (the clinician or clinic),
 * subject and language (BCP 47, e.g. "en") go into the PDF's metadata; the patient's name and
 * MRN head every page; the optional letterhead (clinic name and address, lines separated by
 * newlines) opens the first.
 *
 * @param subject may be null (the document then has no description)
 * @param letterhead may be null (no letterhead)
 */
public record DocumentMeta(String title, String author, String subject, String language, OffsetDateTime created,
        String patientName, String mrn, String letterhead) {

    public DocumentMeta {
        required(title, "title");
        required(author, "author");
        required(language, "language");
        Objects.requireNonNull(created, "created");
        required(patientName, "patientName");
        required(mrn, "mrn");
        try {
            language = new Locale.Builder().setLanguageTag(language.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("Not a BCP 47 language tag: " + language, e);
        }
        // PDF dates carry whole seconds; the XMP date must say the same instant
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Without a letterhead. */
    public DocumentMeta(String title, String author, String subject, String language, OffsetDateTime created,
            String patientName, String mrn) {
        this(title, author, subject, language, created, patientName, mrn, null);
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A document needs a " + name);
        }
    }
}
