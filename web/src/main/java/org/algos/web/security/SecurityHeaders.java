package org.algos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers a hospital's security review expects on every answer: no content-type
 * sniffing, no referrer sent elsewhere, no framing, no browser features the portal does not
 * use, and no caching of pages or API answers (they carry patient data), only of static
 * resources. Behind TLS (directly or as a proxy reports it), browsers are told to keep to HTTPS.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        // Pages get a second policy from PrimeFaces, limiting scripts to ours and the page's nonce;
        // a browser enforces both. API answers are data, never to be run or rendered with anything.
        response.setHeader("Content-Security-Policy", ApiPaths.isApi(request) ? API_POLICY : PAGE_POLICY);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (request.isSecure()) { // over TLS, or through a TLS proxy (scheme-mapping, deploy/payara/preboot.asadmin)
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts and images, which hold no patient data and may be cached. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
