/** Portal tickets and their messages, opened by the features that need one. */
package org.privacyportal.backend.ticket;
