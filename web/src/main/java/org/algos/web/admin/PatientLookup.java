package org.algos.web.admin;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Locale;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;

/** A patient found by exact MRN for the administration's forms; a message when there is none. */
@Dependent
public class PatientLookup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry patients;

    /** The patient of that MRN, or null after a message saying why. */
    Patient byMrn(String mrn) {
        if (mrn == null || mrn.isBlank()) {
            Messages.error("Patient MRN: enter the MRN of the patient's record.");
            return null;
        }
        String wanted = mrn.strip().toUpperCase(Locale.ROOT);
        Patient[] found = new Patient[1];
        ChartSection.attempt(() -> found[0] = patients.searchForAdministration(wanted, 0, 5).items().stream()
                .filter(p -> p.mrn().equalsIgnoreCase(wanted)).findFirst().orElse(null));
        if (found[0] == null) {
            Messages.error("Patient MRN: no patient has the MRN " + wanted + ".");
        }
        return found[0];
    }
}
