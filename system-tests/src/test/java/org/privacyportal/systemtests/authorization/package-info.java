/**
 * Written authorizations through the real stack: granting with the fresh sign-in, the PDF,
 * revocation.
 */
package org.privacyportal.systemtests.authorization;
