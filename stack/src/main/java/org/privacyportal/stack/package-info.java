/**
 * Starts the whole portal on one machine (MariaDB, Keycloak, backend, frontend) for ./portal run
 * and the system tests, and stops it cleanly.
 */
package org.privacyportal.stack;
