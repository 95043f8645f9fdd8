package org.privacyportal.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The reading-history opt-in as {@code /api/v1/patrons/{id}/consents/reading-history} returns it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadingHistoryConsent(boolean enabled, String policyVersion) {}
