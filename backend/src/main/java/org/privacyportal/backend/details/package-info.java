/** Update-my-details requests (addresses, phone, email) and the staff decisions on them. */
package org.privacyportal.backend.details;
