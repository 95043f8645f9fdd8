/**
 * Written authorizations, the patron's side (docs/authorizations-ui.md): the list of those the
 * patron (or a guardian for a minor) gave, one with its text, its PDF and revocation, and a new one
 * from the form through the generated text, the typed name and the statement to the signature after
 * a fresh sign-in ({@code security.StepUp}).
 */
package org.privacyportal.frontend.authorization;
