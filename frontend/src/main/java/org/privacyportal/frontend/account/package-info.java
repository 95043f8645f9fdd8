/**
 * The signed-in account page and the account the UI acts on (the patron, or a minor chosen by a
 * guardian).
 */
package org.privacyportal.frontend.account;
