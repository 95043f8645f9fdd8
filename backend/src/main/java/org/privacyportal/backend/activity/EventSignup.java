package org.privacyportal.backend.activity;

import java.time.Instant;

/**
 * A sign-up for a library event, a reading challenge or a communication.
 *
 * @param kind EVENT, READING_CHALLENGE or NEWSLETTER
 * @param status REGISTERED, ATTENDED, CANCELLED, WAITLISTED, SUBSCRIBED or UNSUBSCRIBED
 */
public record EventSignup(
    String id,
    String eventName,
    String kind,
    String branch,
    Instant startsAt,
    Instant signedUpAt,
    String status) {

  @Override
  public String toString() {
    return "EventSignup[id=" + id + "]";
  }
}
