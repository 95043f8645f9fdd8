package org.privacyportal.frontend.accesslog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Plain words for an entry's codes, in the page's language: who (role, and name where the backend
 * gave one), which records, on what ground, and when in the reader's time zone. A code newer than
 * this page shows as it came rather than as nothing.
 */
final class EntryWording {

  /** getTranslation(key, params...) of the view. */
  private final BiFunction<String, Object[], String> translate;

  private final DateTimeFormatter when;

  EntryWording(BiFunction<String, Object[], String> translate, Locale locale, ZoneId zone) {
    this.translate = translate;
    this.when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
  }

  String when(Instant at) {
    return at == null ? "" : when.format(at);
  }

  String who(AccessLogEntry entry) {
    String role =
        switch (entry.actorRole() == null ? "" : entry.actorRole()) {
          case "PATRON" -> "GUARDIAN".equals(entry.ground()) ? "guardian" : "grantee";
          case "STAFF" -> "staff";
          case "DIRECTOR" -> "director";
          default -> null;
        };
    if (role == null) {
      return entry.actorName() != null ? entry.actorName() : String.valueOf(entry.actorRole());
    }
    return entry.actorName() == null
        ? t("accesslog.who." + role)
        : t("accesslog.who." + role + "-named", entry.actorName());
  }

  String records(AccessLogEntry entry) {
    return orCode("category." + entry.category(), entry.category());
  }

  String ground(AccessLogEntry entry) {
    return switch (entry.ground() == null ? "" : entry.ground()) {
      case "GUARDIAN" -> t("accesslog.ground.guardian");
      case "WRITTEN_AUTHORIZATION" ->
          entry.granteeName() == null
              ? t("accesslog.ground.authorization")
              : t("accesslog.ground.authorization-to", entry.granteeName());
      case "LIBRARY_BUSINESS" ->
          entry.reason() == null
              ? t("accesslog.ground.ticket")
              : t("accesslog.ground.desk", deskReason(entry.reason()));
      case "LEGAL_PROCESS" ->
          entry.legalInstrument() == null
              ? t("accesslog.ground.legal")
              : orCode(
                  "accesslog.ground.legal." + entry.legalInstrument().toLowerCase(Locale.ROOT),
                  t("accesslog.ground.legal"));
      default -> String.valueOf(entry.ground());
    };
  }

  /**
   * A desk lookup's reason is a code of the backend's fixed list (docs/desk.md), said in the
   * reader's language; a lookup from before the list kept its staff member's words, shown as they
   * are.
   */
  private String deskReason(String reason) {
    return orCode("accesslog.desk-reason." + reason.toLowerCase(Locale.ROOT), reason);
  }

  private String t(String key, Object... params) {
    return translate.apply(key, params);
  }

  /**
   * The translation, or the fallback when the bundles lack the key (Vaadin marks a missing key with
   * "!").
   */
  private String orCode(String key, String fallback) {
    String text = t(key);
    return text.startsWith("!") ? fallback : text;
  }
}
