/**
 * Clinical documents as PDF: {@link org.algos.web.kit.document.Xhtml} builds escaped XHTML
 * fragments, {@link org.algos.web.kit.document.TrendImage} draws trend charts as PNG, and
 * {@link org.algos.web.kit.document.PdfRenderer} turns a fragment into a tagged, archivable PDF
 * (PDF/UA-1 and PDF/A-3u) with the patient on every page, for letters, reports and exports.
 */
package org.algos.web.kit.document;
