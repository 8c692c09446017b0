package org.algos.web.kit.document;

import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A feature's part of the clinic's documents: it reads its own data of the patient, within the
 * composing transaction and under the one access check already made, and writes it as sections.
 * A feature that has nothing for a kind of document (or for this patient) returns none.
 */
public interface DocumentContributor {

    List<DocumentSection> sections(DocumentRequest request, AuthorizedPatient patient);
}
