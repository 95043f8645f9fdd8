package org.privacyportal.backend.demo;

import java.text.Normalizer;
import java.util.Locale;

/** Card numbers, item barcodes, phone numbers and e-mail addresses of generated patrons. */
final class DemoNumbers {

  private DemoNumbers() {}

  /**
   * A 14-digit card: the library's prefix, a serial and a Luhn check digit. Generated serials start
   * at 10,000,000, above every hand-made card (DemoPatrons), so they never collide.
   */
  static String card(String prefix, long serial) {
    return withCheckDigit(prefix + String.format(Locale.ROOT, "%08d", 10_000_000L + serial));
  }

  /** A 13-digit item barcode: prefix, title, copy, check digit. */
  static String itemBarcode(String prefix, int titleIndex, int copy) {
    return withCheckDigit(prefix + String.format(Locale.ROOT, "%05d%02d", titleIndex, copy));
  }

  /** +1 area 555-01xx: the range reserved for fiction. */
  static String phone(String areaCode, int last2) {
    return "+1" + areaCode + "55501" + String.format(Locale.ROOT, "%02d", last2);
  }

  static String email(String first, String last, int number) {
    return ascii(first)
        + "."
        + ascii(last)
        + (number > 0 ? String.valueOf(number) : "")
        + "@example.test";
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String withCheckDigit(String digits) {
    int sum = 0;
    boolean doubled = true; // the check digit will be appended on the right
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return digits + ((10 - sum % 10) % 10);
  }
}
