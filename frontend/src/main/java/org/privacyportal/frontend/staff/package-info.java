/** The staff desk's pages: detail changes and guardian-link requests to decide. */
package org.privacyportal.frontend.staff;
