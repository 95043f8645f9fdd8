package org.privacyportal.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.privacyportal.frontend.layout.Notice;

class TranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern TRANSLATION_KEY =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

  /** The text key of a {@code LinkList.Link(route, id, textKey)}, whatever it looks like. */
  private static final Pattern LINK_TEXT_KEY =
      Pattern.compile("new Link\\(\\s*\"[^\"]*\"\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");

  /**
   * Any string literal shaped like a key ("prefix.word…", no spaces, slashes or trailing dot): keys
   * are also handed around as plain strings (a LinkList heading, a notice, a failure's message)
   * before they reach getTranslation. Those whose prefix is a bundle's must exist.
   */
  private static final Pattern KEY_SHAPED =
      Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

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
   * A text with {0} is a MessageFormat pattern, where a lone quote starts a quoted part: "This
   * wasn't me: {0}" would show "This wasnt me: {0}" (once, a button's accessible name). Write the
   * quote twice.
   */
  @Test
  void aPatternWithPlaceholdersWritesItsQuotesTwice() throws IOException {
    for (String bundle : presentBundles()) {
      for (String file : new String[] {bundle + ".properties", bundle + "_es.properties"}) {
        Properties properties = load(file);
        assertThat(properties.stringPropertyNames())
            .as(file)
            .filteredOn(key -> PLACEHOLDER.matcher(properties.getProperty(key)).find())
            .allSatisfy(
                key ->
                    assertThat(properties.getProperty(key))
                        .as(key)
                        .doesNotContainPattern(LONE_QUOTE));
      }
    }
  }

  @Test
  void aKeyLivesInOneBundleOnly() throws IOException {
    Set<String> seen = new TreeSet<>();
    for (String bundle : presentBundles()) {
      for (String key : load(bundle + ".properties").stringPropertyNames()) {
        assertThat(seen.add(key))
            .as("%s is also defined in another bundle than %s", key, bundle)
            .isTrue();
      }
    }
  }

  @Test
  void everyBundleFileIsListed() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString().replaceFirst("(_es)?\\.properties$", ""))
                  .distinct())
          .allSatisfy(name -> assertThat(PortalI18NProvider.BUNDLES).contains(name));
    }
  }

  @Test
  void everyKeyTheCodeAsksForExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Set<String> keyShaped = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(source);
        TRANSLATION_KEY.matcher(code).results().forEach(m -> used.add(m.group(1)));
        LINK_TEXT_KEY.matcher(code).results().forEach(m -> used.add(m.group(1)));
        KEY_SHAPED.matcher(code).results().forEach(m -> keyShaped.add(m.group(1)));
      }
    }
    assertThat(used).isNotEmpty();
    Set<String> defined = definedKeys();
    assertThat(defined).containsAll(used);

    Set<String> prefixes = new TreeSet<>();
    defined.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
    assertThat(keyShaped)
        .as("key-shaped literals seen")
        .contains("settings.sms", "staff.links.heading");
    assertThat(
            keyShaped.stream().filter(literal -> prefixes.stream().anyMatch(literal::startsWith)))
        .as("a literal with a bundle's prefix is a key, or a Notice's pair of keys")
        .allSatisfy(
            key ->
                assertThat(
                        defined.contains(key)
                            || defined.containsAll(Set.of(key + Notice.TITLE, key + Notice.TEXT)))
                    .as(key)
                    .isTrue());
  }

  private static Set<String> definedKeys() throws IOException {
    Set<String> defined = new TreeSet<>();
    for (String bundle : presentBundles()) {
      defined.addAll(load(bundle + ".properties").stringPropertyNames());
    }
    return defined;
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
    List<String> present =
        PortalI18NProvider.BUNDLES.stream()
            .filter(
                b ->
                    TranslationsTest.class.getResource("/vaadin-i18n/" + b + ".properties") != null)
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
