package vn.daotao.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every key exists in Vietnamese and English, and no key is defined in two bundles. */
class BundlesTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoKeyIsDefinedTwice() {
        Set<String> seen = new HashSet<>();
        for (String bundle : AppI18NProvider.BUNDLES) {
            Set<String> vietnamese = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(english).as("English keys of " + bundle).containsExactlyInAnyOrderElementsOf(vietnamese);
            for (String key : vietnamese) {
                assertThat(seen.add(key))
                        .as(key + " is defined in more than one bundle")
                        .isTrue();
            }
        }
    }

    @Test
    void vietnameseTextsCarryTheirDiacritics() {
        Properties messages = load("i18n/messages.properties");
        assertThat(messages.getProperty("nav.admin"))
                .matches(".*[ảạấầẩẫậăắằẳẵặđẻẽẹếềểễệỉĩịỏọốồổỗộơớờởỡợủũụưứừửữựỳỷỹỵáàãâéèêíìóòõôúùýĐ].*");
    }

    private static Properties load(String resource) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
