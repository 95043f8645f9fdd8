/** Signing in and out through Keycloak's login page in a real browser. */
package org.privacyportal.systemtests.browser;
