/**
 * The patron's opt-ins and the insert-only consent ledger: reading history, Kantara receipts in
 * JSON and PDF.
 */
package org.privacyportal.backend.consent;
