/** The health check the stack and load balancers poll. */
package org.privacyportal.backend.health;
