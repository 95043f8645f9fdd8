package org.privacyportal.backend.consent;

import java.time.Instant;

/**
 * A consent ledger entry to append.
 *
 * @param actorSubject the Keycloak account that acted (kept in the database, never shown), or null
 */
public record NewConsentEntry(
    String id,
    String patronId,
    String consent,
    boolean granted,
    boolean previous,
    String actorRole,
    String actorSubject,
    String policyVersion,
    String channel,
    Instant recordedAt) {}
