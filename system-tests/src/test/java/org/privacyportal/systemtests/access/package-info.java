/** The access rule through the real stack: real Keycloak tokens against the running backend. */
package org.privacyportal.systemtests.access;
