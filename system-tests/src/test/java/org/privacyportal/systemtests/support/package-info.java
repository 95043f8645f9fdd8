/**
 * What every system test shares: the stack started once, tokens, the API client, the browser set-up
 * and checks.
 */
package org.privacyportal.systemtests.support;
