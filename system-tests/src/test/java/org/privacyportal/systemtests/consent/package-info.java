/** The consent pages in a real browser: reading history on and off, the ledger and receipts. */
package org.privacyportal.systemtests.consent;
