package org.algos.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.algos.domain.user.Role;

/**
 * Patients have no worklist: the worklist address, where every sign-in lands (built-in form and
 * single sign-on alike), sends a patient on to their own home page.
 */
@WebFilter("/app/worklist.xhtml")
public class PatientLanding extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.PATIENT_ROLE) && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/app/me.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
