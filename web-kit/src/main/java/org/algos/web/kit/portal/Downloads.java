package org.algos.web.kit.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.algos.domain.document.ClinicalDocument;

/**
 * Sends a stored document to the browser in answer to a button (a non-Ajax request): the PDF
 * replaces the page, which the browser shows or saves. Nothing of the page is rendered after it.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(ClinicalDocument d) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] content = d.content();
        external.responseReset();
        external.setResponseContentType(d.contentType());
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "inline; filename=\"" + d.fileName() + "\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be sent", e);
        }
        faces.responseComplete();
    }
}
