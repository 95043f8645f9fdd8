/**
 * Bearer-token validation against Keycloak's keys and the deny-by-default check that runs before
 * every route.
 */
package org.privacyportal.backend.auth;
