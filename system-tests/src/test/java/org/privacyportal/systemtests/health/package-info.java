/** The running stack answers its health checks. */
package org.privacyportal.systemtests.health;
