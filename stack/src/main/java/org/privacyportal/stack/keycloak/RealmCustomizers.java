package org.privacyportal.stack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Ready-made changes to the realm before import, for {@code StackConfig.Builder#realmCustomizer}.
 * The shipped realm itself never changes.
 */
public final class RealmCustomizers {

  /** The portal's address written in the shipped realm. */
  public static final String SHIPPED_PORTAL_ORIGIN = "http://localhost:8080";

  private RealmCustomizers() {}

  /** Applies the customizers in order. */
  @SafeVarargs
  public static UnaryOperator<ObjectNode> chain(UnaryOperator<ObjectNode>... customizers) {
    return realm -> {
      ObjectNode result = realm;
      for (UnaryOperator<ObjectNode> c : customizers) {
        result = c.apply(result);
      }
      return result;
    };
  }

  /**
   * Adds the demo users ({@code /demo-users.json}: the logins the README lists, director included)
   * to the realm. Only the stack's own Keycloak gets them (the local run and the tests); the
   * shipped realm, which docker-compose imports, holds no users.
   */
  public static UnaryOperator<ObjectNode> demoUsers() {
    return realm -> {
      realm.withArray("users").addAll(RealmFile.loadDemoUsers());
      return realm;
    };
  }

  /**
   * Points every client's redirect URIs, web origins, root/base URL and post-logout redirect URIs
   * from {@code http://localhost:8080} at {@code origin} (for example {@code
   * http://localhost:28080}).
   */
  public static UnaryOperator<ObjectNode> portalOrigin(String origin) {
    String target = stripSlash(Objects.requireNonNull(origin));
    return realm -> {
      if (target.equals(SHIPPED_PORTAL_ORIGIN)) {
        return realm;
      }
      for (JsonNode client : realm.path("clients")) {
        ObjectNode c = (ObjectNode) client;
        replaceText(c, "rootUrl", target);
        replaceText(c, "baseUrl", target);
        replaceText(c, "adminUrl", target);
        replaceArray(c, "redirectUris", target);
        replaceArray(c, "webOrigins", target);
        if (c.path("attributes") instanceof ObjectNode attributes) {
          replaceText(attributes, "post.logout.redirect.uris", target);
        }
      }
      return realm;
    };
  }

  /**
   * Writes the frontend client's secret into the realm. The shipped realm reads it from {@code
   * ${PORTAL_OIDC_CLIENT_SECRET:...}} when Keycloak imports it (docker-compose); the embedded
   * Keycloak gets the value the stack gives the frontend, so the two always agree.
   */
  public static UnaryOperator<ObjectNode> frontendClientSecret(String secret) {
    Objects.requireNonNull(secret);
    return realm -> {
      for (JsonNode client : realm.path("clients")) {
        if ("portal-frontend".equals(client.path("clientId").asText())) {
          ((ObjectNode) client).put("secret", secret);
        }
      }
      return realm;
    };
  }

  /**
   * Adds a confidential test-only client with direct access grants (password grant) whose access
   * tokens carry the same audience as the portal's (portal-api) - so tests get real tokens with
   * {@code grant_type=password} without weakening the shipped clients.
   */
  public static UnaryOperator<ObjectNode> directAccessTestClient(String clientId, String secret) {
    Objects.requireNonNull(clientId);
    Objects.requireNonNull(secret);
    return realm -> {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode client =
          f.objectNode()
              .put("clientId", clientId)
              .put("name", "Test-only client (direct access grants)")
              .put("enabled", true)
              .put("protocol", "openid-connect")
              .put("publicClient", false)
              .put("clientAuthenticatorType", "client-secret")
              .put("secret", secret)
              .put("standardFlowEnabled", false)
              .put("implicitFlowEnabled", false)
              .put("directAccessGrantsEnabled", true)
              .put("serviceAccountsEnabled", false)
              .put("fullScopeAllowed", true);
      ArrayNode mappers = client.putArray("protocolMappers");
      for (JsonNode shipped : realm.path("clients")) {
        for (JsonNode mapper : shipped.path("protocolMappers")) {
          if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
              && "portal-frontend".equals(shipped.path("clientId").asText())) {
            mappers.add(mapper.deepCopy());
          }
        }
      }
      realm.withArray("clients").add(client);
      return realm;
    };
  }

  private static void replaceText(ObjectNode node, String field, String target) {
    JsonNode value = node.get(field);
    if (value != null && value.isTextual()) {
      node.put(field, value.asText().replace(SHIPPED_PORTAL_ORIGIN, target));
    }
  }

  private static void replaceArray(ObjectNode node, String field, String target) {
    if (node.get(field) instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(
              i, TextNode.valueOf(array.get(i).asText().replace(SHIPPED_PORTAL_ORIGIN, target)));
        }
      }
    }
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
