/**
 * "Shared with me" (docs/authorizations-shared.md): the written authorizations in force that name
 * the caller's patron record as grantee, whose records they open, which categories and until when.
 */
package org.privacyportal.backend.shared;
