/**
 * "Shared with me": the written authorizations other patrons gave the signed-in person, and the
 * records they open, read-only, under a banner saying whose they are
 * (docs/authorizations-shared.md).
 */
package org.privacyportal.frontend.shared;
