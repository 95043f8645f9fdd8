package org.privacyportal.backend.sms;

/**
 * The texts the portal sends by SMS, in English or Spanish. The code message holds the code and
 * nothing else about the patron: a message can be read on a locked phone's screen.
 */
final class SmsTexts {

  private SmsTexts() {}

  /** "en" or "es"; anything else was refused by the handler. */
  static String code(String language, String code) {
    if ("es".equals(language)) {
      return "Portal de privacidad de la biblioteca: su código de confirmación es "
          + code
          + ". Vence en 10 minutos. Si no lo pidió, ignore este mensaje.";
    }
    return "Library privacy portal: your confirmation code is "
        + code
        + ". It expires in 10 minutes. If you did not ask for it, ignore this message.";
  }
}
