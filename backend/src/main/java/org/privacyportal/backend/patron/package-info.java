/** The signed-in patron's own account: who the token's subject is. */
package org.privacyportal.backend.patron;
