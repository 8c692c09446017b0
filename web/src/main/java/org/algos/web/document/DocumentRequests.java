package org.algos.web.document;

import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.document.DocumentKind;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.document.DocumentRequest;

/**
 * A document request as the API and the portal send it, checked field by field: {@code type}
 * ({@code procedure-note}, {@code letter} or {@code patient-plan}); a procedure note's
 * {@code procedure}; a letter's {@code addressee} (required) and {@code recommendation}.
 */
public final class DocumentRequests {

    public static final int MAX_ADDRESSEE = 300;
    public static final int MAX_RECOMMENDATION = 4000;

    private DocumentRequests() {
    }

    /** Reads a request body; every unknown or misplaced field is named in the 400. */
    public static DocumentRequest parse(String body) {
        JsonBody json = JsonBody.of(body);
        String type = json.text("type");
        DocumentKind kind = DocumentKind.ofCode(type == null ? "" : type.strip())
                .filter(k -> k != DocumentKind.REFERRAL_LETTER).orElse(null);
        if (kind == null) { // the other fields depend on the type: name only the type
            throw InvalidInputException.of("type", type == null ? "is required: procedure-note, letter or patient-plan"
                    : "must be procedure-note, letter or patient-plan");
        }
        DocumentRequest request = switch (kind) {
            case PROCEDURE_NOTE -> {
                Integer procedure = json.integer("procedure");
                yield new DocumentRequest(kind, procedure == null ? null : procedure.longValue(), null, null);
            }
            case CLINIC_LETTER -> DocumentRequest.letter(json.text("addressee"), json.text("recommendation"));
            default -> DocumentRequest.patientPlan();
        };
        json.done();
        check(request);
        return request;
    }

    /** Checks what each kind needs, for callers that built the request themselves (the portal). */
    static void check(DocumentRequest request) {
        FieldErrors errors = new FieldErrors();
        switch (request.kind()) {
            case PROCEDURE_NOTE -> {
                if (request.procedureId() == null) {
                    errors.add("procedure", "is required: the id of the completed procedure");
                }
            }
            case CLINIC_LETTER -> {
                errors.requiredText("addressee", request.addressee(), MAX_ADDRESSEE);
                if (request.recommendation() != null && request.recommendation().length() > MAX_RECOMMENDATION) {
                    errors.add("recommendation", "must be at most " + MAX_RECOMMENDATION + " characters");
                }
            }
            case PATIENT_PLAN -> {
            }
            default -> errors.add("type", "must be procedure-note, letter or patient-plan");
        }
        errors.throwIfAny();
    }
}
