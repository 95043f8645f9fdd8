/**
 * Guardians and minors: the accounts a caller may act for, guardian-link requests and their
 * approval by staff.
 */
package org.privacyportal.backend.guardianship;
