package org.algos.intervention.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.algos.domain.port.DrugNames;
import org.algos.intervention.holds.AnticoagulantHoldTable;

/** The drugs the holds table knows, suggested by the medication form of the chart. */
@ApplicationScoped
public class HeldDrugNames implements DrugNames {

    @Override
    public Set<String> names() {
        AnticoagulantHoldTable table = AnticoagulantHoldTable.defaults();
        Set<String> names = new LinkedHashSet<>(table.holdDays().keySet());
        names.add("aspirin");
        names.addAll(table.nsaids());
        return names;
    }
}
