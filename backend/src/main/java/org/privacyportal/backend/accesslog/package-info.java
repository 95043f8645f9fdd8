/**
 * The patron's view of their own access log (who saw which category, when, on what ground) and the
 * "this wasn't me" questions it raises.
 */
package org.privacyportal.backend.accesslog;
