/** The Keycloak server from its Maven Central distribution, and the realm file it imports. */
package org.privacyportal.stack.keycloak;
