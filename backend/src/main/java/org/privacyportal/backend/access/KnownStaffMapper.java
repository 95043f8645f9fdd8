package org.privacyportal.backend.access;

import org.apache.ibatis.annotations.Param;

/**
 * Whether a Keycloak subject is a known staff member: it has a row in the staff directory
 * (staff_member), written only from validated staff and director tokens (accesslog.StaffDirectory).
 * The access rule asks it about the impersonator of an impersonation token. Statements in
 * KnownStaffMapper.xml; kept here rather than in accesslog so that the rule does not depend on the
 * access-log view.
 */
public interface KnownStaffMapper {

  boolean isKnownStaff(@Param("subject") String subject);
}
