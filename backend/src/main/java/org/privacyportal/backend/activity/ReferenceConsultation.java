package org.privacyportal.backend.activity;

import java.time.Instant;

/**
 * A reference consultation.
 *
 * @param channel IN_PERSON, PHONE, EMAIL or CHAT
 */
public record ReferenceConsultation(
    String id, Instant consultedAt, String channel, String topic, String branch) {

  @Override
  public String toString() {
    return "ReferenceConsultation[id=" + id + "]";
  }
}
