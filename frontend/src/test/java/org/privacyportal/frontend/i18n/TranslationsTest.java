package org.privacyportal.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern TRANSLATION_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

    @Test
    void everyBundleHasSpanishForEveryEnglishKeyAndNothingElse() throws IOException {
        for (String bundle : presentBundles()) {
            assertThat(load(bundle + "_es.properties").stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String bundle : presentBundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_es.properties"}) {
                Properties properties = load(file);
                assertThat(properties.stringPropertyNames())
                        .as(file)
                        .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    /**
     * A text with {0} is a MessageFormat pattern, where a lone quote starts a quoted part: "This wasn't
     * me: {0}" would show "This wasnt me: {0}" (once, a button's accessible name). Write the quote twice.
     */
    @Test
    void aPatternWithPlaceholdersWritesItsQuotesTwice() throws IOException {
        for (String bundle : presentBundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_es.properties"}) {
                Properties properties = load(file);
                assertThat(properties.stringPropertyNames())
                        .as(file)
                        .filteredOn(key -> PLACEHOLDER.matcher(properties.getProperty(key)).find())
                        .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).doesNotContainPattern(LONE_QUOTE));
            }
        }
    }

    @Test
    void aKeyLivesInOneBundleOnly() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : presentBundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s is also defined in another bundle than %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyBundleFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("(_es)?\\.properties$", "")).distinct())
                    .allSatisfy(name -> assertThat(PortalI18NProvider.BUNDLES).contains(name));
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                TRANSLATION_KEY.matcher(Files.readString(source)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> defined = new TreeSet<>();
        for (String bundle : presentBundles()) {
            defined.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        assertThat(defined).containsAll(used);
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsSpanish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.SPANISH);
            var provider = new PortalI18NProvider();
            assertThat(provider.getTranslation("account.sign-out", Locale.ENGLISH)).isEqualTo("Sign out");
            assertThat(provider.getTranslation("account.sign-out", Locale.of("es", "MX")))
                    .isEqualTo("Cerrar sesión");
            assertThat(provider.getTranslation("account.sign-out", Locale.FRENCH)).isEqualTo("Sign out");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static List<String> presentBundles() {
        List<String> present = PortalI18NProvider.BUNDLES.stream()
                .filter(b -> TranslationsTest.class.getResource("/vaadin-i18n/" + b + ".properties") != null)
                .toList();
        assertThat(present).contains("translations");
        return present;
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
