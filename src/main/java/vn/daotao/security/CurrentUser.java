package vn.daotao.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in person, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
