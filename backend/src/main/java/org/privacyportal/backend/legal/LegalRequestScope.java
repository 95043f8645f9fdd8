package org.privacyportal.backend.legal;

import java.time.LocalDate;

/**
 * What an approved legal request lets the director see of one patron.
 *
 * @param kind LEGAL_PROCESS or INCIDENT
 * @param instrument COURT_ORDER, SUBPOENA, WARRANT, EMERGENCY or NONE
 * @param periodFrom first day of the records covered (library date), or null
 * @param periodTo last day of the records covered, inclusive, or null
 * @param notificationDelayedUntil the patron's access log shows the disclosure from this day on, or
 *     null
 */
public record LegalRequestScope(
    String id,
    String kind,
    String instrument,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate notificationDelayedUntil) {}
