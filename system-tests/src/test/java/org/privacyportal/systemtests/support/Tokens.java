package org.privacyportal.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real tokens from the real Keycloak, through the test-only direct-grant clients of {@link
 * TestRealm}.
 */
public final class Tokens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String tokenEndpoint;

  public Tokens(String issuer) {
    this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
  }

  public String accessToken(String username) {
    return grant(TestRealm.CLIENT, username).get("access_token").asText();
  }

  public String idToken(String username) {
    return grant(TestRealm.CLIENT, username).get("id_token").asText();
  }

  public JsonNode grant(String clientId, String username) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("client_secret", TestRealm.SECRET);
    form.put("username", username);
    form.put("password", DemoUsers.password(username));
    form.put("scope", "openid");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response = SignInTurns.take(username, () -> post(body));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "token request for "
              + username
              + " via "
              + clientId
              + " failed: "
              + response.statusCode()
              + " "
              + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(tokenEndpoint))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
