package vn.daotao.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vietnamese unless the person chose English (a cookie set by the language switch). The browser's
 * Accept-Language is deliberately ignored: most devices in the target organisations report English.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosenLocale(VaadinRequest.getCurrent())));
    }

    /** The person's language for a request: English only when chosen with the language switch. */
    public static Locale chosenLocale(VaadinRequest request) {
        return chosenLocale(request == null ? null : request.getCookies());
    }

    /** The same from a request's cookies (the pages outside Vaadin: sign-in, certificate check). */
    public static Locale chosenLocale(Cookie[] cookies) {
        boolean english = cookies != null
                && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? AppI18NProvider.ENGLISH : AppI18NProvider.VIETNAMESE;
    }
}
