/** The dashboard: a summary card per category the backend lets the caller see. */
package org.privacyportal.frontend.dashboard;
