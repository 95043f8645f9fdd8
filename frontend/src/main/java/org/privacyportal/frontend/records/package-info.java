/**
 * A category of records as a list of cards; the reading history searched, sorted and downloaded.
 */
package org.privacyportal.frontend.records;
