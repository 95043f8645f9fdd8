/** Checks that the deployment files (docker-compose.yml, the realm) agree with the code. */
package org.privacyportal.systemtests.deployment;
