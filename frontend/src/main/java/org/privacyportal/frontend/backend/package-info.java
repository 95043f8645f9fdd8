/**
 * The one client of the backend API: the user's token on every call, problem answers read by their
 * type and code.
 */
package org.privacyportal.frontend.backend;
