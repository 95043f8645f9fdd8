/** The access-log page: who looked at my records, and the "this wasn't me" question. */
package org.privacyportal.frontend.accesslog;
