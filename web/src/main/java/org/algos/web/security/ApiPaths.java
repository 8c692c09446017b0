package org.algos.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Tells API requests (stateless, problem+json errors) from portal requests (session, redirects). */
public final class ApiPaths {

    public static final String API_ROOT = "/api";

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && (path.equals(API_ROOT) || path.startsWith(API_ROOT + "/"));
    }
}
