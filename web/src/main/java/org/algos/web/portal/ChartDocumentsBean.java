package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.common.Page;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.domain.document.DocumentListing;
import org.algos.web.kit.document.DocumentMaker;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Downloads;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's documents: the newest stored ones, each to open, and the clinic letter and the
 * patient's plan to make from the record now (the procedure note is made on its procedure's page).
 */
@Named
@ViewScoped
public class ChartDocumentsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 20;

    private static final Map<String, String> LABELS = Map.of("addressee", "Addressee",
            "recommendation", "Recommendation");

    /** A stored document as the chart lists it. */
    public record Row(long id, String type, String title, String createdAt, String createdBy, String sha256)
            implements Serializable {
    }

    @Inject
    private ClinicalDocuments documents;

    @Inject
    private DocumentMaker maker;

    private List<Row> rows = List.of();
    private long total;
    private String addressee;
    private String recommendation;

    @Override
    public String sectionName() {
        return "documents";
    }

    @Override
    public boolean isShown() {
        return user.isClinician();
    }

    @Override
    public void read(AuthorizedPatient patient) {
        Page<DocumentListing> page = documents.list(patient, 0, SHOWN);
        rows = page.items().stream().map(d -> new Row(d.id(), d.kind().words(), d.title(),
                Shown.dateTime(d.createdAt()), d.createdBy(), d.sha256())).toList();
        total = page.total();
    }

    /** Makes the letter to the referring clinician and sends it to the browser. */
    public void letter() {
        make(DocumentRequest.letter(addressee, recommendation));
    }

    /** Makes the patient's plan and sends it to the browser. */
    public void patientPlan() {
        make(DocumentRequest.patientPlan());
    }

    /** Opens a stored document. */
    public void open(long documentId) {
        Long patientId = patientId();
        if (patientId != null) {
            attempt(() -> Downloads.send(documents.get(patientId, documentId)));
        }
    }

    private void make(DocumentRequest request) {
        Long patientId = patientId();
        if (patientId == null) {
            return;
        }
        maker.makeAndSend(patientId, request, LABELS);
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(isLoaded() ? total : documents.list(patient, 0, 1).total());
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public boolean isMore() {
        return total > rows.size();
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
