package org.privacyportal.backend.authorization;

/**
 * One category an authorization covers.
 *
 * @param signedByRole SELF or GUARDIAN: an authorization a guardian signed ends with the minority
 */
public record AuthorizationCategory(String authorizationId, String signedByRole, String category) {}
