package vn.daotao.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.daotao.base.i18n.AppI18NProvider;

/**
 * Vaadin's own messages (session expired, internal error, cookies disabled) in the person's language.
 * An expired session reloads to the sign-in page with a notice instead of a technical message.
 */
@Component
class SystemMessagesInitializer implements VaadinServiceInitListener {

    private final AppI18NProvider i18n;

    SystemMessagesInitializer(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the language the person chose (a cookie), not the browser's: an expired session has no UI whose
        // locale Vaadin could use, and most browsers here report English
        event.getSource()
                .setSystemMessagesProvider(
                        info -> messages(vn.daotao.base.i18n.LocaleInitializer.chosenLocale(info.getRequest())));
    }

    CustomizedSystemMessages messages(Locale locale) {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption(i18n.getTranslation("system.session.caption", locale));
        m.setSessionExpiredMessage(i18n.getTranslation("system.session.message", locale));
        m.setSessionExpiredNotificationEnabled(true);
        m.setInternalErrorCaption(i18n.getTranslation("system.internal.caption", locale));
        m.setInternalErrorMessage(i18n.getTranslation("system.internal.message", locale));
        m.setCookiesDisabledCaption(i18n.getTranslation("system.cookies.caption", locale));
        m.setCookiesDisabledMessage(i18n.getTranslation("system.cookies.message", locale));
        return m;
    }
}
