package org.privacyportal.backend.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One access_log row exactly as stored: the values the HMAC covers, in the form the database gives
 * them back (category as its wire name, ground as its enum name, time as UTC date-time), so that
 * the verifier recomputes the HMAC from what is there, not from what it would parse.
 *
 * @param accessedAt UTC, truncated to microseconds (DATETIME(6))
 */
public record AccessLogRow(
    long seq,
    String id,
    String patronId,
    String category,
    String ground,
    String actorSubject,
    String actorRole,
    String impersonatedSubject,
    String groundRef,
    String reason,
    LocalDateTime accessedAt,
    LocalDate sealedUntil,
    String prevHmac,
    String hmac) {}
