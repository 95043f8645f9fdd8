package org.privacyportal.backend.ticket;

/**
 * What the access rule needs to know of a ticket about a patron (library business): its type, its
 * status and whom it is assigned to.
 *
 * @param type LOST_ITEM, RECORD_REQUEST, UPDATE_DETAILS, GUARDIAN_LINK, PRIVACY_QUESTION,
 *     LEGAL_REQUEST or CLOSE_ACCOUNT
 * @param status OPEN, IN_PROGRESS, WAITING_ON_PATRON, RESOLVED or CLOSED
 * @param assignedTo the Keycloak subject of the staff member working it, or null while nobody is
 */
public record TicketForAccess(String id, String type, String status, String assignedTo) {}
