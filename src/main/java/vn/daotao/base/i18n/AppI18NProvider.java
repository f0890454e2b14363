package vn.daotao.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads comes from the {@link #BUNDLES} ({@code i18n/*.properties}, UTF-8). Vietnamese is the
 * default; English is the second locale.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The main bundle, then one bundle per admin area (kept apart so that they stay readable). */
    public static final List<String> BUNDLES = List.of("i18n/messages", "i18n/content", "i18n/people", "i18n/settings");

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective =
                ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        for (String bundle : BUNDLES) {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, effective, NoFallback.INSTANCE);
            if (resources.containsKey(key)) {
                String pattern = resources.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("Missing translation '{}' for {}", key, effective);
        return "!" + key;
    }

    /** Vietnamese lives in the base bundle; never fall back to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        private static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
