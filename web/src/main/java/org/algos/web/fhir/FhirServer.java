package org.algos.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.algos.web.security.OidcSettings;

/**
 * FHIR R4 at {@code /fhir}, secured like the REST API (HTTP Basic or the realm's bearer tokens,
 * web.xml): every resource is read through the same services, so the same access rule and the
 * same audit trail apply. The resource providers are the CDI beans implementing
 * {@link IResourceProvider}, one per resource type, contributed by the feature slices. The servlet
 * starts at its first request (about a second, HAPI's model of R4), not with the application,
 * which keeps the boot within 2 s of what it was without FHIR.
 */
@WebServlet(urlPatterns = "/fhir/*")
public class FhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FhirServer.class.getName());

    @Inject
    @Any
    private transient Instance<IResourceProvider> providers;

    @Inject
    private transient OidcSettings signIn;

    @Inject
    @Any
    private transient Instance<FhirOperationProvider> operations;

    public FhirServer() {
        super(FhirContext.forR4Cached());
    }

    @Override
    protected void initialize() {
        long start = System.nanoTime();
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setImplementationDescription("Algos pain clinic: FHIR R4");
        List<IResourceProvider> found = new ArrayList<>();
        providers.forEach(found::add);
        setResourceProviders(found);
        operations.forEach(this::registerProvider);
        registerInterceptor(new FhirRefusals());
        registerInterceptor(new CapabilityStatementFacts(signIn.isEnabled()));
        LOG.info(() -> "FHIR server: " + found.size() + " resource types, ready in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
