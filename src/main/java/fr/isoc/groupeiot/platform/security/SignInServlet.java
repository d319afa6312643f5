package fr.isoc.groupeiot.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /login?return=/fr/...}: protected for any signed-in caller (see web.xml), so opening it starts the
 * OpenID Connect flow; once Keycloak sends the visitor back here, they return to the page they were on.
 */
@WebServlet("/login")
public class SignInServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + SafeRedirect.localPathOr(request.getParameter("return"), "/"));
    }
}
