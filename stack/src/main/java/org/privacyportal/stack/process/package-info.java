/** Child processes: free ports, start, readiness, log tails and stopping a whole process tree. */
package org.privacyportal.stack.process;
