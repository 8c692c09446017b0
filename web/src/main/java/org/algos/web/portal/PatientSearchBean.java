package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientRegistry;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Patient search: a lazy table paged in the database, over the caller's accessible patients only. */
@Named
@ViewScoped
public class PatientSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry patients;

    private String query;

    private final LazyDataModel<PatientRow> results = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            try {
                return (int) patients.count(query);
            } catch (RuntimeException e) {
                if (!Messages.report(e)) {
                    throw e;
                }
                return 0;
            }
        }

        @Override
        public List<PatientRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            try {
                Page<Patient> page = patients.search(query, first / pageSize, pageSize);
                setRowCount((int) page.total());
                return page.items().stream().map(PatientRow::of).toList();
            } catch (RuntimeException e) {
                if (!Messages.report(e)) {
                    throw e;
                }
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(PatientRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public PatientRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public LazyDataModel<PatientRow> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
