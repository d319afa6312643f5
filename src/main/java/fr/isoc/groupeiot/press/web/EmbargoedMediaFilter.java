package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.platform.security.Role;
import fr.isoc.groupeiot.press.PressReleases;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embargo reaches media files too: a file only releases under embargo use (an attachment, an image of the
 * text) answers 404 to everyone but editors until the embargo ends, so its address cannot leak the news early.
 */
@WebFilter(urlPatterns = "/media/*", asyncSupported = true)
public class EmbargoedMediaFilter extends HttpFilter {

    private static final Pattern SHA = Pattern.compile("^/media/([0-9a-f]{64})(?:/.*)?$");

    @Inject
    PressReleases releases;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = SHA.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches() && !request.isUserInRole(Role.EDITOR) && releases.hiddenByEmbargo(matcher.group(1))) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
