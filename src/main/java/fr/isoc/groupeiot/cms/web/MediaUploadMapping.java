package fr.isoc.groupeiot.cms.web;

import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Makes the media page's upload form readable. Payara (like GlassFish) parses a multipart request with the
 * configuration of the servlet mapped to the address asked for, not of the one the request is forwarded to; the
 * language filter forwards {@code /fr/redaction/medias} to the Faces view, so without a multipart servlet on this
 * address the form's fields would never reach Faces. The filter forwards every request, so this servlet never answers
 * itself. Limits as the FacesServlet's in web.xml: above {@code portal.media.max-bytes}, so the portal's own message
 * tells of a too large file.
 */
@WebServlet(urlPatterns = {"/fr/redaction/medias", "/en/editorial/media"})
@MultipartConfig(maxFileSize = 33_554_432L, maxRequestSize = 34_603_008L, fileSizeThreshold = 1_048_576)
public class MediaUploadMapping extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
