/** Guardians: the account switcher, the acting banner and the guardian-link request page. */
package org.privacyportal.frontend.guardians;
