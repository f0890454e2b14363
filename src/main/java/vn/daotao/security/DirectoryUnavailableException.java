package vn.daotao.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The directory did not answer a sign-in; the sign-in page says so instead of "wrong name or password". */
public final class DirectoryUnavailableException extends AuthenticationServiceException {

    DirectoryUnavailableException() {
        super("The directory did not answer");
    }
}
