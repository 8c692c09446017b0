package org.algos.intervention.web.portal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.port.ActiveMedications;
import org.algos.intervention.holds.AnticoagulantHoldTable;
import org.algos.web.kit.portal.ChartChanged;
import org.algos.web.kit.portal.ChartSection;

/**
 * The chart's anticoagulant and antiplatelet holds: what the ASRA table says about each current
 * medication, read through the {@link ActiveMedications} port; shown beside the medications.
 */
@Named
@ViewScoped
public class HoldsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    @Inject
    private Instance<ActiveMedications> medications;

    @Inject
    private Clock clock;

    private List<MedicationHolds.Row> rows = List.of();

    @Override
    public String sectionName() {
        return "holds";
    }

    /** Shown beside the medications, and read with them. */
    @Override
    public String anchor() {
        return "medications";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        if (!medications.isResolvable()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<MedicationHolds.Taken> current = medications.get().activeOn(patient, today).stream()
                .filter(m -> m.takenOn(today))
                .map(m -> new MedicationHolds.Taken(m.drug(), m.indication())).toList();
        rows = MedicationHolds.of(current, AnticoagulantHoldTable.defaults());
    }

    /** The medications changed on this chart: read the holds again. */
    void medicationsChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ChartChanged change) {
        if ("medications".equals(change.section())) {
            reread();
        }
    }

    public List<MedicationHolds.Row> getRows() {
        return rows;
    }

    public String getSource() {
        return MedicationHolds.SOURCE;
    }
}
