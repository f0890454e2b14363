package vn.daotao.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in person, for services and views alike. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy holder;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> holder) {
        // Vaadin registers a session-aware strategy as a bean; use it rather than the static holder.
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
