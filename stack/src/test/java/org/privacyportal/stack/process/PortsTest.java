package org.privacyportal.stack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.privacyportal.stack.StackStartException;

class PortsTest {

  @Test
  void aListeningPortIsNotFree() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThat(Ports.isFree(port)).isFalse();
      assertThatThrownBy(() -> Ports.requireFree(port, "Keycloak (PORTAL_KEYCLOAK_PORT)"))
          .isInstanceOf(StackStartException.class)
          .hasMessageContaining("Port " + port)
          .hasMessageContaining("PORTAL_KEYCLOAK_PORT");
    }
  }

  @Test
  void aClosedPortIsFree() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThat(Ports.isFree(port)).isTrue();
  }
}
