package org.privacyportal.backend.desk;

/**
 * Desk lookups; statements in DeskLookupMapper.xml. Whether one grants access now is read by the
 * access rule through its own mapper (access/GroundMapper), so that desk may use the access core.
 */
public interface DeskLookupMapper {

  int insert(DeskLookup lookup);
}
