/** Sign-in and sign-out through Keycloak (OAuth2, PKCE) and the sign-in page's language. */
package org.privacyportal.frontend.security;
