/**
 * Written authorizations a patron (or a guardian for a minor) gave a third party, as the access
 * rule reads them.
 */
package org.privacyportal.backend.authorization;
