/** The privacy policy page: the text, what changed, and accepting it. */
package org.privacyportal.frontend.policy;
