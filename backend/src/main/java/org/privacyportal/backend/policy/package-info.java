/**
 * The library's privacy policy: versions, what changed since the patron's last acceptance, and
 * accepting it.
 */
package org.privacyportal.backend.policy;
