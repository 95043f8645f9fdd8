package org.privacyportal.systemtests.support;

/**
 * Names for {@link org.junit.jupiter.api.parallel.ResourceLock}: the demo users' records that test
 * classes change. Test classes run side by side against the one stack (two at a time, see {@code
 * system-tests/pom.xml}); tests in one class run one after another. A class that changes a demo
 * user's records where another class checks them exactly ("the newest ledger entry is mine") takes
 * that user's lock, and so does the class that checks; classes that only read, or that look for
 * their own entry wherever it is, need none. A class whose checks no other test may disturb at all
 * (the demo patron's newest access-log entry, which any staff read of her records moves) is {@link
 * org.junit.jupiter.api.parallel.Isolated}: nothing else runs beside it.
 */
public final class SharedDemoData {

  /** Alice Nguyen's records (login {@link DemoUsers#PATRON}): her consent ledger, SMS choices. */
  public static final String PATRON = "demo records of " + DemoUsers.PATRON;

  /** Grace Okafor's own records (login {@link DemoUsers#GUARDIAN}): her ledger, SMS choices. */
  public static final String GUARDIAN = "demo records of " + DemoUsers.GUARDIAN;

  private SharedDemoData() {}
}
