package vn.daotao.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import vn.daotao.base.i18n.AppI18NProvider;

/** Translations that may be missing: audit details name fields whose keys are known only to some areas. */
final class AuditLabels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuditLabels() {}

    /** The component's translation of a key, or null when no bundle defines it (no "missing" warning). */
    static Function<String, String> of(Component view) {
        Locale current = UI.getCurrent() == null
                ? AppI18NProvider.VIETNAMESE
                : UI.getCurrent().getLocale();
        Locale locale = AppI18NProvider.ENGLISH.getLanguage().equals(current.getLanguage())
                ? AppI18NProvider.ENGLISH
                : AppI18NProvider.VIETNAMESE;
        return key -> defined(key, locale) ? view.getTranslation(key) : null;
    }

    static boolean defined(String key, Locale locale) {
        for (String bundle : AppI18NProvider.BUNDLES) {
            if (ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).containsKey(key)) {
                return true;
            }
        }
        return false;
    }
}
