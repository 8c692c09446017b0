package org.algos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxy in front of Algos, when there is one ({@code algos.proxy.addresses}, the
 * addresses it connects from). Only a request that came from it has its {@code X-Forwarded-For}
 * believed: anyone else could send the header to pose as another client address and so escape
 * the sign-in throttle.
 */
@ApplicationScoped
public class TrustedProxy {

    private final Set<String> proxies;

    @Inject
    public TrustedProxy(@ConfigProperty(name = "algos.proxy.addresses") Optional<String> addresses) {
        this.proxies = addresses.map(a -> Arrays.stream(a.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    protected TrustedProxy() {
        this(Optional.empty());
    }

    /** The client's address: the last one the trusted proxies did not add, else the peer's. */
    public String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!proxies.contains(peer)) {
            return peer;
        }
        List<String> hops = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                .flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i).length() <= 64 ? hops.get(i) : hops.get(i).substring(0, 64);
            }
        }
        return peer;
    }
}
