package org.privacyportal.backend.consent;

import java.time.Instant;

/**
 * One entry of the consent ledger: an opt-in changed (or was confirmed). Entries are never changed;
 * the newest entry of a consent is its current state. Who acted is given by role only; the staff or
 * guardian account id stays in the database.
 *
 * @param consent READING_HISTORY, SMS, ACCESS_ALERTS or POLICY
 * @param actorRole SELF, GUARDIAN, STAFF or SYSTEM
 * @param channel PORTAL, DESK or ILS_IMPORT
 */
public record ConsentEntry(
    String id,
    String consent,
    boolean granted,
    boolean previous,
    String actorRole,
    String policyVersion,
    String channel,
    Instant recordedAt) {}
