package fr.isoc.groupeiot.platform.container;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Added to the test deployment only: an unexpected failure, to see what a visitor gets. */
@WebServlet(FailingServlet.PATH)
public class FailingServlet extends HttpServlet {

    static final String PATH = "/test-only/failure";
    static final String SECRET_DETAIL = "internal detail that must stay in the log";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
