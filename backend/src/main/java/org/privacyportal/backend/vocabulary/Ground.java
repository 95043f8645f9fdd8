package org.privacyportal.backend.vocabulary;

/**
 * The grounds on which a request may read or change a patron's records (docs/product.md section 3).
 * Everything else is refused, and answers exactly as if the patron did not exist. Every access on a
 * ground other than {@link #SELF} is written to the patron's access log.
 */
public enum Ground {
  /** The signed-in account holder (minors included); never an impersonation token. */
  SELF,
  /** A verified, active responsible adult on the account of a patron still under age today. */
  GUARDIAN,
  /** A signed, unrevoked authorization naming the caller, for the category, valid now. */
  WRITTEN_AUTHORIZATION,
  /** Staff working an open ticket about the patron, or a desk lookup with a stated reason. */
  LIBRARY_BUSINESS,
  /** A director-approved legal request covering the patron and the category. */
  LEGAL_PROCESS
}
