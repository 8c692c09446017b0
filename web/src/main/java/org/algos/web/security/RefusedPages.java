package org.algos.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.algos.domain.access.Refusals;

/**
 * Records the pages the container refuses by their security constraint (a patient opening the
 * audit page, anyone asking for a chart fragment directly): the refusal reaches the error page,
 * where no service would otherwise see it.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                    request.getContextPath().length()));
            refusals.refusedByRole(request.getMethod(), path);
        }
        chain.doFilter(request, response);
    }
}
