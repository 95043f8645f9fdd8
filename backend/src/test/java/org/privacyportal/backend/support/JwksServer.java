package org.privacyportal.backend.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves a JWK set over real HTTP, standing in for Keycloak's certs endpoint. */
public final class JwksServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  public JwksServer(JWKSet publicKeys) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] body = publicKeys.toString(true).getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/protocol/openid-connect/certs",
        exchange -> {
          requests.incrementAndGet();
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  public URI uri() {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/protocol/openid-connect/certs");
  }

  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
