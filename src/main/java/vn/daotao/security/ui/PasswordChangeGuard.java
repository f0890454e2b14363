package vn.daotao.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.daotao.security.AccountService;
import vn.daotao.security.CurrentUser;

/** A person whose password was reset (or imported) must choose their own before anything else. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGuard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || currentUser.get().isEmpty() || event.getErrorParameter() != null) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
