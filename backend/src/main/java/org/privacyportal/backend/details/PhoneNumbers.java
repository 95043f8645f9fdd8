package org.privacyportal.backend.details;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as the library stores them: E.164 (+13375550142). A number written without a
 * country code is read as a US number (both libraries are in the US); anything libphonenumber does
 * not consider a valid number for its country is refused.
 */
final class PhoneNumbers {

  static final String DEFAULT_REGION = "US";

  /** More than any way of writing a real number needs; keeps the parser's work bounded. */
  static final int MAX_INPUT = 32;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is not a valid phone number. */
  static Optional<String> e164(String typed) {
    if (typed == null || typed.length() > MAX_INPUT) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(typed, DEFAULT_REGION);
      if (!UTIL.isValidNumber(number) || number.hasExtension()) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
