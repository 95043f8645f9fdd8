package org.privacyportal.backend.sms;

/** Which notices a patron receives by SMS; all false while SMS is off. */
public record SmsChoices(boolean dueDate, boolean holdsReady, boolean foundItems) {

  public static final SmsChoices NONE = new SmsChoices(false, false, false);
  public static final SmsChoices ALL = new SmsChoices(true, true, true);

  public boolean chosen(SmsKind kind) {
    return switch (kind) {
      case DUE_DATE -> dueDate;
      case HOLDS_READY -> holdsReady;
      case FOUND_ITEMS -> foundItems;
    };
  }
}
