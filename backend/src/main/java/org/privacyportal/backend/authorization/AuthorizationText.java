package org.privacyportal.backend.authorization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The words of a written authorization, made from its facts in the signer's language
 * (authorization-text.properties, authorization-text_es.properties): whose records, who signs (the
 * patron, or a guardian for a minor), whom they authorize, the categories in words, the purpose,
 * the period, the end at majority, and that the patron can revoke it at any time and that each use
 * is recorded in the access log. The same facts always give the same text, so that the hash of the
 * text the patron read (the preview) can be compared with the text about to be signed.
 */
final class AuthorizationText {

  /**
   * What the text states.
   *
   * @param signerName the guardian's name when a guardian signs, else the patron's
   * @param categories sorted, {@code loan_history} included when the patron ticked it
   * @param endsAtMajority the day a guardian's signature stops counting, when within the period
   */
  record Facts(
      Language language,
      String library,
      String statute,
      ZoneId zone,
      String patronName,
      String signerName,
      boolean guardian,
      String granteeName,
      boolean granteeHasCard,
      List<Category> categories,
      String purpose,
      LocalDate validFrom,
      LocalDate validUntil,
      LocalDate endsAtMajority) {}

  static final String RESOURCE = "org/privacyportal/backend/authorization/authorization-text";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final Map<Language, Properties> WORDS = Language.bundles(RESOURCE);

  private AuthorizationText() {}

  /** The full text, paragraphs separated by a blank line. */
  static String of(Facts facts) {
    Properties words = WORDS.get(facts.language());
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(facts.language().locale());
    Map<String, String> values =
        Map.of(
            "patron", facts.patronName(),
            "signer", facts.signerName(),
            "grantee", facts.granteeName(),
            "library", facts.library(),
            "statute", facts.statute(),
            "categories", categoriesInWords(words, facts.categories()),
            "purpose", facts.purpose(),
            "from", day.format(facts.validFrom()),
            "until", day.format(facts.validUntil()),
            "zone", facts.zone().getId());
    String role = facts.guardian() ? "guardian" : "self";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(words.getProperty("title"));
    paragraphs.add(fill(words, "grant." + role, values));
    if (facts.categories().contains(Category.LOAN_HISTORY)) {
      paragraphs.add(fill(words, "reading-history", values));
    }
    if (facts.granteeHasCard()) {
      paragraphs.add(fill(words, "online", values));
    }
    paragraphs.add(fill(words, "desk", values));
    paragraphs.add(fill(words, "purpose", values));
    paragraphs.add(fill(words, "period", values));
    if (facts.endsAtMajority() != null) {
      paragraphs.add(
          fill(words, "majority", values)
              .replace("{majority}", day.format(facts.endsAtMajority())));
    }
    paragraphs.add(fill(words, "rights." + role, values));
    paragraphs.add(fill(words, "signature", values));
    return String.join("\n\n", paragraphs);
  }

  /** The title alone, in this language (the PDF's heading). */
  static String title(Language language) {
    return WORDS.get(language).getProperty("title");
  }

  /** One category in words, in this language. */
  static String category(Language language, Category category) {
    return WORDS.get(language).getProperty("category." + category.wireName());
  }

  /** SHA-256 of the text's UTF-8 bytes, lower-case hex: the content hash kept with the text. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String categoriesInWords(Properties words, List<Category> categories) {
    List<String> named =
        categories.stream().map(c -> words.getProperty("category." + c.wireName())).toList();
    if (named.size() == 1) {
      return named.getFirst();
    }
    return String.join(", ", named.subList(0, named.size() - 1))
        + " "
        + words.getProperty("and")
        + " "
        + named.getLast();
  }

  /** The sentence with each known placeholder replaced; typed values are inserted literally. */
  private static String fill(Properties words, String key, Map<String, String> values) {
    String template = words.getProperty(key);
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      placeholder.appendReplacement(
          text, Matcher.quoteReplacement(value != null ? value : placeholder.group()));
    }
    placeholder.appendTail(text);
    return text.toString();
  }
}
