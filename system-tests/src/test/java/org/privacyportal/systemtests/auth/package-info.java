/** Token attacks against the running backend: every forged or misused token gets 401. */
package org.privacyportal.systemtests.auth;
