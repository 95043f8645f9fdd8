/** The consent pages: reading-history opt-in and the consent ledger with its receipts. */
package org.privacyportal.frontend.consents;
