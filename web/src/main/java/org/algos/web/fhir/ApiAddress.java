package org.algos.web.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The REST API's address as the caller reached this server, for links from FHIR resources to API downloads. */
@RequestScoped
public class ApiAddress {

    @Inject
    private HttpServletRequest request;

    private String fixed;

    /** For work done outside the request that asked for it (a bulk export): the address that request had. */
    public void use(String base) {
        this.fixed = base;
    }

    /** E.g. {@code https://algos.example.org/api}, without a trailing slash. */
    public String base() {
        if (fixed != null) {
            return fixed;
        }
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return origin + request.getContextPath() + "/api";
    }
}
