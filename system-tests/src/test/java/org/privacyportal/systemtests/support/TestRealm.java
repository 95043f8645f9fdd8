package org.privacyportal.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import org.privacyportal.stack.keycloak.RealmCustomizers;

/**
 * Test-only clients added to the copy of the realm the test Keycloak imports (the shipped realm
 * keeps direct access grants off): one like the portal's, one whose tokens lack the API audience,
 * and one whose access tokens live a single second. They let the tests get real tokens without the
 * login form.
 */
public final class TestRealm {

  public static final String CLIENT = "portal-tests";
  public static final String CLIENT_NO_AUDIENCE = "portal-tests-no-audience";
  public static final String CLIENT_SHORT_LIVED = "portal-tests-short-lived";
  public static final String SECRET = "portal-tests-secret";

  private TestRealm() {}

  public static UnaryOperator<ObjectNode> customizer() {
    return RealmCustomizers.chain(
        RealmCustomizers.directAccessTestClient(CLIENT, SECRET),
        RealmCustomizers.directAccessTestClient(CLIENT_NO_AUDIENCE, SECRET),
        withoutProtocolMappers(CLIENT_NO_AUDIENCE),
        RealmCustomizers.directAccessTestClient(CLIENT_SHORT_LIVED, SECRET),
        withAccessTokenLifespan(CLIENT_SHORT_LIVED, 1));
  }

  private static UnaryOperator<ObjectNode> withoutProtocolMappers(String clientId) {
    return realm -> {
      client(realm, clientId).putArray("protocolMappers");
      return realm;
    };
  }

  private static UnaryOperator<ObjectNode> withAccessTokenLifespan(String clientId, int seconds) {
    return realm -> {
      client(realm, clientId)
          .with("attributes")
          .put("access.token.lifespan", String.valueOf(seconds));
      return realm;
    };
  }

  private static ObjectNode client(ObjectNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (clientId.equals(client.path("clientId").asText())) {
        return (ObjectNode) client;
      }
    }
    throw new IllegalStateException("no client " + clientId + " in the realm");
  }
}
