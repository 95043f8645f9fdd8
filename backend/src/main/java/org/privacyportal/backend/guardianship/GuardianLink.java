package org.privacyportal.backend.guardianship;

/**
 * An ACTIVE guardian link. Whether it grants anything today is the access rule's question
 * (verification the profile may require, the minor's age): see AccessPolicy.
 *
 * @param verified staff checked the guardian's identification
 */
public record GuardianLink(String id, boolean verified) {
}
