package org.privacyportal.backend.sms;

/**
 * What a patron may choose to receive by SMS. Each is an opt-in of its own in the consent ledger
 * (its {@link #consent()} name), next to the SMS opt-in itself ({@link SmsSettings#CONSENT}).
 */
public enum SmsKind {
  DUE_DATE("dueDate", "SMS_DUE_DATE"),
  HOLDS_READY("holdsReady", "SMS_HOLDS_READY"),
  FOUND_ITEMS("foundItems", "SMS_FOUND_ITEMS");

  private final String field;
  private final String consent;

  SmsKind(String field, String consent) {
    this.field = field;
    this.consent = consent;
  }

  /** The JSON field of this choice ({@code choices.dueDate}, ...). */
  public String field() {
    return field;
  }

  /** The consent-ledger name of this choice. */
  public String consent() {
    return consent;
  }
}
