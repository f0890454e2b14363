package vn.daotao.security.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the form with the reason in the address ({@code ?error}, {@code ?error=locked},
 * {@code ?error=empty}) instead of in a session: a refusal creates no session. The reason says no more than the
 * form did before (a locked name or address, or a wrong name or password, never which one was wrong).
 */
public final class LoginFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason;
        if (blank(request.getParameter("username")) || blank(request.getParameter("password"))) {
            reason = "=empty";
        } else if (exception instanceof LockedException) {
            reason = "=locked";
        } else if (vn.daotao.security.DirectoryPasswords.unavailable(exception)) {
            reason = "=directory";
        } else {
            reason = "";
        }
        response.sendRedirect(request.getContextPath() + "/login?error" + reason);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
