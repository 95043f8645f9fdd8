package org.privacyportal.systemtests.support;

/** The realm's demo users as the README lists them; the tests sign in with exactly these. */
public final class DemoUsers {

  public static final String PATRON = "patron";
  public static final String GUARDIAN = "guardian";
  public static final String MINOR = "minor";
  public static final String STAFF = "staff";
  public static final String DIRECTOR = "director";
  public static final String THIRD_PARTY = "thirdparty";

  /**
   * Rosa Delgado: asks to be linked to her children (Mateo, Lucia); used only by the guardians
   * tests.
   */
  public static final String PARENT = "parent";

  private DemoUsers() {}

  public static String password(String username) {
    return username + "-demo";
  }
}
