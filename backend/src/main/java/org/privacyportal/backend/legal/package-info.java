/** Legal requests (court orders, subpoenas, incident disclosures) as the access rule reads them. */
package org.privacyportal.backend.legal;
