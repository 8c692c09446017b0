package org.algos.web.kit.document;

/**
 * One part of a document, written by the feature that owns its data. Sections of all features
 * are put in {@code order} (lower first); a heading of null continues the section before.
 */
public record DocumentSection(int order, String heading, Xhtml body) {
}
