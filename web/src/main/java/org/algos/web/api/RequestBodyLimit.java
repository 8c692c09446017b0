package org.algos.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.algos.web.kit.api.BodyTooLarge;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.Utf8Stream;

/**
 * No API body above 1 MiB: the largest real request (a care plan with its goals and tasks) is a
 * few kilobytes, and a body is read whole before it is parsed. A declared length above the limit
 * is answered 413 at once; a chunked body is cut off when it passes the limit and answered the same.
 * A JSON body is checked to be UTF-8 as it is read (400 on "body" otherwise), so that a bad byte
 * is refused rather than stored as U+FFFD.
 */
@WebFilter(urlPatterns = {"/api/*", "/fhir/*"})
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            tooLarge(response);
            return;
        }
        String type = request.getContentType();
        boolean json = type == null || type.toLowerCase(Locale.ROOT).contains("json");
        try {
            chain.doFilter(new Limited(request, json), response);
        } catch (IOException | ServletException e) {
            if (!causedByLimit(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            tooLarge(response);
        }
    }

    private static boolean causedByLimit(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        // The rest of the body is not read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(413, "Content Too Large",
                "The body is larger than " + MAX_BYTES + " bytes.").toJson());
    }

    /** The request with a body stream that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final boolean utf8;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, boolean utf8) {
            super(request);
            this.utf8 = utf8;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counting(super.getInputStream(), utf8 ? new Utf8Stream() : null);
            }
            return counted;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final Utf8Stream utf8;
        private long read;

        Counting(ServletInputStream in, Utf8Stream utf8) {
            this.in = in;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
                if (utf8 != null) {
                    utf8.accept(b);
                }
            } else if (utf8 != null) {
                utf8.end();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                if (utf8 != null) {
                    utf8.accept(buffer, offset, n);
                }
            } else if (n < 0 && utf8 != null) {
                utf8.end();
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLarge(MAX_BYTES);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
