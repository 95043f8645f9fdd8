/** The signed-in patron's own profile through the real stack. */
package org.privacyportal.systemtests.patron;
