/**
 * Desk lookups: staff looking a patron up at the desk with a stated reason, for a short time and a
 * few categories.
 */
package org.privacyportal.backend.desk;
