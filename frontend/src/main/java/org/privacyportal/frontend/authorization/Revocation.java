package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The backend's answer to a revocation. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Revocation(String id, Instant revokedAt, String consentEntryId) {}
