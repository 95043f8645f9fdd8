package org.privacyportal.frontend.details;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.privacyportal.frontend.i18n.ReaderTimeZone;

/**
 * Contact details and times as people read them: a US phone number as +1 337-555-0142 (others as
 * stored), an address on its lines, a time in the page's language and the reader's time zone. Used
 * by the patron's page and the staff list alike.
 */
public final class DetailsFormat {

  private static final Pattern NANP = Pattern.compile("\\+1(\\d{3})(\\d{3})(\\d{4})");

  private DetailsFormat() {}

  /** An E.164 number for reading; anything that is not a +1 number is shown exactly as stored. */
  public static String phone(String e164) {
    if (e164 == null) {
      return null;
    }
    var matcher = NANP.matcher(e164);
    return matcher.matches()
        ? "+1 " + matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3)
        : e164;
  }

  /** The address's lines: street, second line (if any), "City, ST 70601". */
  public static List<String> addressLines(ContactDetails.Address address) {
    List<String> lines = new ArrayList<>();
    if (address == null) {
      return lines;
    }
    addIfPresent(lines, address.line1());
    addIfPresent(lines, address.line2());
    String place =
        String.join(" ", nonNull(address.region()), nonNull(address.postalCode())).strip();
    String city = nonNull(address.city());
    addIfPresent(lines, city.isEmpty() ? place : place.isEmpty() ? city : city + ", " + place);
    return lines;
  }

  public static String dateTime(Instant instant, Locale locale) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(instant.atZone(zone()));
  }

  /**
   * The reader's time zone as the browser reports it; the server's when it has not reported one
   * yet.
   */
  static ZoneId zone() {
    return ReaderTimeZone.current();
  }

  private static void addIfPresent(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line);
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
