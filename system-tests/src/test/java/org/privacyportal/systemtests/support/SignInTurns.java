package org.privacyportal.systemtests.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The sign-ins of one user take turns. With brute-force detection on (the realm has it), Keycloak
 * turns away a password check of a user while another of the same user is in flight, as if the
 * account were locked ("user_temporarily_disabled", the login page's "Invalid username or
 * password"). Test classes run side by side, so two of them may sign the same demo user in at the
 * same moment, in a browser ({@link Browser#signInAtKeycloak}) or for a token ({@link Tokens}):
 * each waits for the other's password check to be over. Only the check itself is held, never the
 * test.
 */
final class SignInTurns {

  private static final Map<String, ReentrantLock> TURNS = new ConcurrentHashMap<>();

  private SignInTurns() {}

  static <T> T take(String username, Supplier<T> signIn) {
    ReentrantLock turn = TURNS.computeIfAbsent(username, u -> new ReentrantLock(true));
    turn.lock();
    try {
      return signIn.get();
    } finally {
      turn.unlock();
    }
  }
}
