/** Update-my-details: the patron's change request form and its state. */
package org.privacyportal.frontend.details;
