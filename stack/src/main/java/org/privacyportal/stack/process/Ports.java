package org.privacyportal.stack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.privacyportal.stack.StackStartException;

/** Checks that a port is free before a part of the stack binds it. */
public final class Ports {

  private Ports() {}

  /**
   * Fails with a message naming {@code what} when something already listens on {@code port} (on the
   * loopback address or on all addresses); otherwise returns quietly.
   */
  public static void requireFree(int port, String what) {
    if (!isFree(port)) {
      throw new StackStartException(
          "Port "
              + port
              + " is already in use, but "
              + what
              + " needs it. Stop whatever uses it, or choose another port.");
    }
  }

  public static boolean isFree(int port) {
    return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
        && canBind(new InetSocketAddress(port));
  }

  private static boolean canBind(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(address);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
