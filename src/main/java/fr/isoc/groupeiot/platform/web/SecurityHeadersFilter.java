package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Security headers on every response (mapped in web.xml first, for requests and error pages). Faces pages get
 * their CSP from PrimeFaces (with a script nonce); any other response that did not set one gets a strict default.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure() || settings.isServedOverHttps()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getUserPrincipal() != null) {
            // Pages of a signed-in person hold their data: never keep them in a shared or back/forward cache.
            response.setHeader("Cache-Control", "private, no-store");
        }
        chain.doFilter(request, new DefaultCspResponse(response));
    }

    /** Adds the non-page CSP when the body starts and nobody (PrimeFaces) has set a CSP. */
    static final class DefaultCspResponse extends HttpServletResponseWrapper {

        private boolean cspSet;

        DefaultCspResponse(HttpServletResponse response) {
            super(response);
            cspSet = response.containsHeader(CSP);
        }

        @Override
        public void setHeader(String name, String value) {
            cspSet |= CSP.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            cspSet |= CSP.equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ensureCsp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            ensureCsp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            ensureCsp();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            ensureCsp();
            super.sendRedirect(location);
        }

        // sendError is left alone: the error page is a Faces page and sets its own policy.

        private void ensureCsp() {
            if (!cspSet && !isCommitted()) {
                super.setHeader(CSP, ContentSecurityPolicy.NON_PAGE_POLICY);
                cspSet = true;
            }
        }
    }
}
