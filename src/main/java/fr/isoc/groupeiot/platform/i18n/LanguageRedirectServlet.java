package fr.isoc.groupeiot.platform.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /} sends the visitor to {@code /fr/} or {@code /en/}: the remembered choice, then Accept-Language, then
 * French. It is the welcome file (web.xml) rather than a filter on {@code /}, because Payara's authorization
 * module treats a bare {@code /} as the catch-all pattern and would send anonymous visitors to Keycloak.
 */
@WebServlet(LanguageRedirectServlet.PATH)
public class LanguageRedirectServlet extends HttpServlet {

    public static final String PATH = "/language";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = LanguageNegotiation.forRequest(request);
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Cache-Control", "private, no-cache");
        response.sendRedirect(request.getContextPath() + language.homePath());
    }
}
