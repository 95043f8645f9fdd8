package org.privacyportal.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The languages the API writes its words in (what the portal speaks), and the one place a request
 * names one: a query parameter or a JSON field, "en" or "es". Absent means English, the official
 * language of every policy and receipt; anything else is a 400 that names the parameter and the
 * values accepted, so a typo never silently falls back to English.
 */
public enum Language {
  ENGLISH("en", Locale.ENGLISH),
  SPANISH("es", Locale.forLanguageTag("es"));

  /** The accepted values as a problem detail lists them. */
  static final String ACCEPTED = "\"en\" or \"es\"";

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code, as requests and answers carry it ("en", "es"). */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The language with this code, exactly ("en", "es"; case matters as in every other parameter).
   */
  public static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }

  /**
   * The query parameter {@code name}: absent means English; any other value than the codes is a
   * 400.
   */
  public static Language fromQuery(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return ENGLISH;
    }
    return of(value)
        .orElseThrow(
            () ->
                ApiProblem.invalid(
                    name,
                    "not-allowed",
                    "The parameter '"
                        + name
                        + "' must be "
                        + ACCEPTED
                        + " (or left out for English)."));
  }

  /**
   * One words file in every language, from the classpath: {@code base.properties} in English,
   * {@code base_es.properties} in Spanish (UTF-8). A missing file stops the start, not a request.
   */
  public static Map<Language, Properties> bundles(String base) {
    Map<Language, Properties> all = new EnumMap<>(Language.class);
    for (Language language : values()) {
      all.put(language, properties(language.resource(base)));
    }
    return all;
  }

  /** The file of this language: English is the base file, the others carry their code. */
  public String resource(String base) {
    return base + (this == ENGLISH ? "" : "_" + code) + ".properties";
  }

  /** One properties file from the classpath, read as UTF-8. */
  public static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Language.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** A JSON field's value ({@code value} null when the field is absent): absent means English. */
  public static Language fromField(JsonNode value, String name) {
    if (value == null) {
      return ENGLISH;
    }
    return Optional.of(value)
        .filter(JsonNode::isTextual)
        .flatMap(text -> of(text.textValue()))
        .orElseThrow(
            () ->
                ApiProblem.invalid(
                    name,
                    "not-allowed",
                    "The field '"
                        + name
                        + "' must be "
                        + ACCEPTED
                        + " (or left out for English)."));
  }
}
