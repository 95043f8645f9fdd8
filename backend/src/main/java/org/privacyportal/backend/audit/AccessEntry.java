package org.privacyportal.backend.audit;

import java.time.Instant;
import java.time.LocalDate;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * One access to a patron's records by someone other than the patron, as the access log keeps it.
 *
 * @param actorSubject the Keycloak subject of who acted (the impersonating staff member when the
 *     token was issued through impersonation)
 * @param actorRole PATRON (guardian or grantee), STAFF or DIRECTOR
 * @param impersonatedSubject the account impersonated, if the token carried an impersonator claim
 * @param groundRef the guardian link, authorization, ticket, desk lookup or legal request
 * @param reason the reason a staff member stated (desk lookup), else null
 * @param sealedUntil hidden from the patron until this date (delayed legal notice), else null
 */
public record AccessEntry(
    String patronId,
    Category category,
    Ground ground,
    String actorSubject,
    String actorRole,
    String impersonatedSubject,
    String groundRef,
    String reason,
    Instant accessedAt,
    LocalDate sealedUntil) {}
