package org.algos.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the identity provider sends the browser back after sign-in. The OpenID Connect mechanism
 * has exchanged the code for tokens before this runs; this only moves the person on: to the
 * portal page they asked for, or their worklist, or back to the sign-in page when it failed.
 */
@WebServlet(SsoCallbackServlet.PATH)
public class SsoCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/sso/callback";
    private static final String HOME = "/app/worklist.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(context + SsoAuthenticationMechanism.SIGN_IN_PAGE + "?failed=true");
            return;
        }
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(SsoAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(SsoAuthenticationMechanism.RETURN_TO);
        }
        // Only a page of this portal: never an address that leads elsewhere.
        String target = asked instanceof String path && path.startsWith(context + "/app/") && !path.contains("//")
                ? path : context + HOME;
        response.sendRedirect(target);
    }
}
