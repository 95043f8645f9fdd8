package org.privacyportal.backend.patron;

/**
 * The library's account types; a juvenile account belongs to a patron under the age of majority.
 */
public enum AccountType {
  ADULT,
  JUVENILE
}
