package org.privacyportal.systemtests.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.privacyportal.stack.PortalStack;
import org.privacyportal.stack.StackConfig;

/**
 * The real stack, started once per test run (not per test) with the same code as {@code ./portal
 * run}: embedded MariaDB, the Keycloak server with the test realm, the backend and frontend jars.
 * Free ports and a fresh data folder keep it apart from a local run. It stops when the test JVM
 * exits.
 */
public final class TestStack {

  private static TestStack instance;

  private final PortalStack stack;
  private final Api api;
  private final Tokens tokens;

  private TestStack(PortalStack stack) {
    this.stack = stack;
    this.api = new Api(stack.backendUrl());
    this.tokens = new Tokens(stack.issuer());
  }

  public static synchronized TestStack get() {
    if (instance == null) {
      instance = new TestStack(PortalStack.start(config()));
    }
    return instance;
  }

  private static StackConfig config() {
    Path root = Path.of(System.getProperty("portal.repoRoot", "..")).toAbsolutePath().normalize();
    Path dataDir =
        Path.of(System.getProperty("portal.testDataDir", "target/stack")).toAbsolutePath();
    deleteRecursively(dataDir);
    return StackConfig.builder()
        .dataDir(dataDir)
        .frontendPort(freePort())
        .backendPort(freePort())
        .keycloakPort(freePort())
        .keycloakManagementPort(freePort())
        .dbPort(freePort())
        .backendJar(root.resolve("backend/target/portal-backend.jar"))
        .frontendJar(root.resolve("frontend/target/portal-frontend.jar"))
        .realmCustomizer(TestRealm.customizer())
        .build();
  }

  public Api api() {
    return api;
  }

  public Tokens tokens() {
    return tokens;
  }

  public String issuer() {
    return stack.issuer();
  }

  /** The folder the backend writes text messages to (one JSON file per SMS). */
  public Path smsOutbox() {
    return stack.smsOutbox();
  }

  /** The portal's address without a trailing slash. */
  public String frontendUrl() {
    String url = stack.portalUrl();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A real token of the same Keycloak but another realm (master): another issuer. */
  public String masterRealmAdminToken() {
    String password = stack.keycloakAdminPassword().orElseThrow();
    String body =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("master realm token: " + response.statusCode());
      }
      return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
