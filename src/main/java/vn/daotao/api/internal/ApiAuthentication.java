package vn.daotao.api.internal;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.daotao.api.ApiScope;
import vn.daotao.api.ApiTokenRow;

/** A call made with a valid token: its scopes as authorities; named "[api #id name]" in the audit log. */
public final class ApiAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long tokenId;
    private final String name;

    ApiAuthentication(ApiTokenRow token) {
        super(token.scopes().stream()
                .map(ApiScope::authority)
                .map(SimpleGrantedAuthority::new)
                .toList());
        this.tokenId = token.id();
        this.name = token.name();
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    public List<String> scopes() {
        return getAuthorities().stream()
                .map(a -> a.getAuthority().substring("SCOPE_".length()))
                .toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    @Override
    public String getName() {
        return "[api #" + tokenId + " " + name + "]";
    }
}
