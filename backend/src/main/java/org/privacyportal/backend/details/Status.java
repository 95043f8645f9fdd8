package org.privacyportal.backend.details;

/** Where a change request stands. Only a PENDING one can be approved, rejected or withdrawn. */
public enum Status {
  PENDING,
  APPROVED,
  REJECTED,
  WITHDRAWN
}
