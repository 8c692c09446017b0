package org.algos.web.kit.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.Page;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;

/** Small pieces every resource provider uses. */
public final class Fhir {

    /** US Core 6.1.0 profiles, claimed in {@code meta.profile}. */
    public static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
    public static final String US_CORE_PATIENT = US_CORE + "us-core-patient";
    public static final String US_CORE_CONDITION = US_CORE + "us-core-condition-problems-health-concerns";
    /** Code systems Algos defines where no published one has the concept. */
    public static final String ALGOS_CODES = "urn:algos:fhir:";
    public static final int DEFAULT_COUNT = 20;

    private Fhir() {
    }

    /** The numeric id of a read; an id that is not a number names nothing. */
    public static long idOf(IIdType id) {
        if (id == null || !id.hasIdPart() || !id.isIdPartValidLong()) {
            throw new ResourceNotFoundException("No such resource: " + (id == null ? "" : id.getValue()));
        }
        return id.getIdPartAsLong();
    }

    /** The patient a search names ({@code patient=123} or {@code patient=Patient/123}). */
    public static long patientOf(ReferenceParam patient) {
        if (patient == null || patient.getIdPart() == null) {
            throw new InvalidRequestException("patient: is required");
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw new InvalidRequestException("patient: must name a Patient");
        }
        try {
            return Long.parseLong(patient.getIdPart());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("patient: no patient has the id " + patient.getIdPart());
        }
    }

    /** Whether a token search parameter ({@code system|code}, {@code code} or {@code system|}) matches. */
    public static boolean matches(TokenParam token, String system, String code) {
        boolean systemMatches = token.getSystem() == null || token.getSystem().isEmpty()
                || token.getSystem().equals(system);
        boolean codeMatches = token.getValue() == null || token.getValue().isEmpty() || token.getValue().equals(code);
        return systemMatches && codeMatches;
    }

    /** Whether an observation answers a search's {@code code} and {@code date}, when given. */
    public static boolean matches(Observation observation, TokenParam code, DateRangeParam date) {
        return matches(code, observation.getCode())
                && (date == null || within(date, observation.getEffectiveDateTimeType().getValue()));
    }

    /** Whether a concept has a coding a token search parameter names; any concept when none is given. */
    public static boolean matches(TokenParam token, CodeableConcept concept) {
        return token == null || concept.getCoding().stream().anyMatch(c -> matches(token, c.getSystem(), c.getCode()));
    }

    /**
     * Whether an instant lies in a {@code date} search range. Each bound covers its whole
     * precision ({@code le2026-11-01} includes that day's evening; {@code gt2026-11-01} starts the
     * next day), taken in the server's time zone; HAPI's own instant bounds widen a day by the
     * time zones of the world, which would let a day-old result through.
     */
    public static boolean within(DateRangeParam range, Date when) {
        DateParam low = range.getLowerBound();
        if (low != null && !low.isEmpty()) {
            boolean after = low.getPrefix() == ParamPrefixEnum.GREATERTHAN
                    || low.getPrefix() == ParamPrefixEnum.STARTS_AFTER;
            if (after ? !when.after(end(low)) : when.before(low.getValue())) {
                return false;
            }
        }
        DateParam high = range.getUpperBound();
        if (high != null && !high.isEmpty()) {
            boolean before = high.getPrefix() == ParamPrefixEnum.LESSTHAN
                    || high.getPrefix() == ParamPrefixEnum.ENDS_BEFORE;
            return before ? when.before(high.getValue()) : !when.after(end(high));
        }
        return true;
    }

    /** The last millisecond a date parameter's precision covers. */
    private static Date end(DateParam bound) {
        TemporalPrecisionEnum precision = bound.getPrecision() == null ? TemporalPrecisionEnum.MILLI
                : bound.getPrecision();
        return new Date(precision.add(bound.getValue(), 1).getTime() - 1);
    }

    public static Reference patientReference(long patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** The page number for HAPI's offset paging ({@code _offset}, {@code _count}). */
    public static int pageSize(Integer count) {
        if (count == null) {
            return DEFAULT_COUNT;
        }
        if (count < 1 || count > Page.MAX_SIZE) {
            throw new InvalidRequestException("_count: must be 1 to " + Page.MAX_SIZE);
        }
        return count;
    }

    public static int pageNumber(Integer offset, int size) {
        if (offset == null || offset == 0) {
            return 0;
        }
        if (offset < 0 || offset % size != 0) {
            throw new InvalidRequestException("_offset: must be a multiple of _count (" + size + ")");
        }
        return offset / size;
    }

    /** One page the database returned, with the total, for HAPI to write its paging links. */
    public static <T> IBundleProvider page(Page<T> page, Function<T, ? extends IBaseResource> mapper) {
        List<IBaseResource> resources = page.items().stream().<IBaseResource>map(mapper).toList();
        SimpleBundleProvider bundle = new SimpleBundleProvider(resources);
        bundle.setSize((int) Math.min(Integer.MAX_VALUE, page.total()));
        bundle.setCurrentPageOffset(page.page() * page.size());
        bundle.setCurrentPageSize(page.size());
        return bundle;
    }

    /**
     * A service's refusal of input read from a FHIR resource, each field named by the element it
     * came from ({@code elements}: service field to element path) under {@code path}, the FHIRPath
     * of the resource ({@code Bundle.entry[2].resource.code: ...}).
     */
    public static UnprocessableEntityException refusal(String path, InvalidInputException refused,
                                                       Map<String, String> elements) {
        return new UnprocessableEntityException(refused.errors().stream()
                .map(f -> path + "." + elements.getOrDefault(f.field(), f.field()) + ": " + f.message())
                .collect(Collectors.joining("; ")));
    }

    /** The FHIR issue type (http://hl7.org/fhir/issue-type) of a refusal's status. */
    public static IssueType issueType(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 409 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOLONG;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }
}
