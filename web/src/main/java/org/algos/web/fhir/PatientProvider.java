package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code Patient}: read, search by MRN ({@code identifier}) or name paged in the database, and
 * {@code $everything}.
 * The registry decides who sees which record and audits each read and search, as for the API.
 */
@Dependent
public class PatientProvider implements IResourceProvider {

    @Inject
    private PatientRegistry patients;

    @Inject
    private PatientMapping mapping;

    @Inject
    private PatientEverything everything;

    @Inject
    private PatientResourceReader reader;

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return reader.read(Fhir.idOf(id));
    }

    /** The patient's whole record in this server, one access check and one audit event for all of it. */
    @Operation(name = "$everything", idempotent = true, bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider everything(@IdParam IdType id) {
        return new SimpleBundleProvider(everything.of(Fhir.idOf(id)));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                  @OptionalParam(name = Patient.SP_NAME) StringParam name,
                                  @Offset Integer offset, @Count Integer count) {
        List<String> words = new ArrayList<>();
        if (identifier != null) {
            if (identifier.getSystem() != null && !identifier.getSystem().equals(mapping.mrnSystem())) {
                return new SimpleBundleProvider(); // Algos knows only its own MRNs
            }
            words.add(identifier.getValue());
        }
        if (name != null) {
            words.add(name.getValue());
        }
        int size = Fhir.pageSize(count);
        return Fhir.page(patients.search(String.join(" ", words), Fhir.pageNumber(offset, size), size),
                mapping::toFhir);
    }
}
