package vn.daotao.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.daotao.base.i18n.AppI18NProvider;

/**
 * Issue 13: Vaadin's own messages ("session expired") come in the language the person chose, Vietnamese
 * unless they switched to English, whatever the browser reports (an expired session has no UI to ask).
 */
@SpringBootTest
class SystemMessagesTest {

    @Autowired
    AppI18NProvider i18n;

    @Test
    void anExpiredSessionIsAnnouncedInVietnameseToAnEnglishBrowser() {
        var initializer = new SystemMessagesInitializer(i18n);
        var provider = new java.util.concurrent.atomic.AtomicReference<com.vaadin.flow.server.SystemMessagesProvider>();
        VaadinService fake = org.mockito.Mockito.mock(VaadinService.class);
        org.mockito.Mockito.doAnswer(a -> {
                    provider.set(a.getArgument(0));
                    return null;
                })
                .when(fake)
                .setSystemMessagesProvider(org.mockito.ArgumentMatchers.any());
        initializer.serviceInit(new ServiceInitEvent(fake));

        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addPreferredLocale(Locale.US);
        var messages = provider.get()
                .getSystemMessages(new SystemMessagesInfo(Locale.US, new VaadinServletRequest(english, null), fake));
        assertThat(messages.getSessionExpiredCaption())
                .isEqualTo(i18n.getTranslation("system.session.caption", AppI18NProvider.VIETNAMESE));
        assertThat(messages.getSessionExpiredCaption())
                .isNotEqualTo(i18n.getTranslation("system.session.caption", AppI18NProvider.ENGLISH));

        MockHttpServletRequest chose = new MockHttpServletRequest();
        chose.setCookies(new Cookie("lang", "en"));
        assertThat(provider.get()
                        .getSystemMessages(
                                new SystemMessagesInfo(Locale.US, new VaadinServletRequest(chose, null), fake))
                        .getSessionExpiredCaption())
                .isEqualTo(i18n.getTranslation("system.session.caption", AppI18NProvider.ENGLISH));
    }
}
