package org.privacyportal.backend.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Set;

/**
 * A mobile number in E.164 form ({@code +13375550142}), read from what a patron typed. Both seed
 * libraries are in the United States, so a number without a country code is read as a US number.
 * Only numbers that can receive SMS pass: mobile, or (as most US numbers are) "fixed line or
 * mobile". {@link #toString()} masks it, so the number cannot reach a log by accident.
 */
public record MobileNumber(String e164) {

  /** How a number without a leading + is read. */
  public static final String DEFAULT_REGION = "US";

  /**
   * Longer input is refused before parsing (E.164 has at most 15 digits; spaces and dashes add
   * some).
   */
  static final int MAX_INPUT_LENGTH = 32;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Set<PhoneNumberType> TEXTABLE =
      Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

  /**
   * The input is not a mobile number; the message names the problem and never repeats the input.
   */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String problem) {
      super(problem, null, false, false);
    }
  }

  public MobileNumber {
    Objects.requireNonNull(e164, "e164");
  }

  /**
   * Reads a number as typed ("(337) 555-0142", "+44 7911 123456").
   *
   * @throws Invalid naming what is wrong with it
   */
  public static MobileNumber parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new Invalid("The mobile number is empty.");
    }
    if (typed.length() > MAX_INPUT_LENGTH) {
      throw new Invalid("The mobile number is too long.");
    }
    PhoneNumber number;
    try {
      number = PHONES.parse(typed, DEFAULT_REGION);
    } catch (NumberParseException e) {
      throw new Invalid(
          "The mobile number could not be read: use digits, with the area code"
              + " (or + and the country code for a number outside the US).");
    }
    if (!PHONES.isValidNumber(number)) {
      throw new Invalid(
          "The mobile number is not a valid phone number: check the area code and the number of digits.");
    }
    if (!TEXTABLE.contains(PHONES.getNumberType(number))) {
      throw new Invalid(
          "The number is not a mobile number: SMS needs a number that can receive text messages.");
    }
    return new MobileNumber(PHONES.format(number, PhoneNumberFormat.E164));
  }

  /**
   * The last two digits only, for a guardian's view (the number is shown to no one but the patron).
   */
  public String masked() {
    return mask(e164);
  }

  static String mask(String e164) {
    return "\u2022\u2022\u2022\u2022\u2022\u2022" + e164.substring(e164.length() - 2);
  }

  @Override
  public String toString() {
    return "MobileNumber[" + masked() + "]";
  }
}
