/** The Vaadin application: its entry point and app shell (theme, page settings). */
package org.privacyportal.frontend;
