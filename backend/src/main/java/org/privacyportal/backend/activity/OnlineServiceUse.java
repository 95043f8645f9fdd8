package org.privacyportal.backend.activity;

import java.time.Instant;

/**
 * One use of an online service (e-book platform, database, public PC session...).
 *
 * @param kind EBOOK, EAUDIOBOOK, DATABASE, STREAMING, PUBLIC_PC, WIFI or OTHER
 */
public record OnlineServiceUse(
    String id, String platform, String kind, Instant usedAt, String detail) {

  @Override
  public String toString() {
    return "OnlineServiceUse[id=" + id + "]";
  }
}
