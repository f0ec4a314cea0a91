package io.kubelint.schemas.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data the generator wrote in this build: the served apiVersions of each minor match the Kubernetes release
 * history, every object is gzip-compressed and named by the hash of its JSON, and enum lists are marked when taken
 * from another minor.
 */
class GeneratedSchemasTest {

  private static final String ROOT = "kubelint/schemas/";
  private static final List<String> VERSIONS = List.of("1.28", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36");
  private final JsonMapper json = JsonMapper.builder().build();

  private byte[] resource(String name) throws IOException {
    try (InputStream in = GeneratedSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }

  private JsonNode index(String minor) throws IOException {
    return json.readTree(resource(ROOT + "v" + minor + "/index.json"));
  }

  /** apiVersion → kinds of one minor. */
  private Map<String, Set<String>> served(String minor) throws IOException {
    Map<String, Set<String>> served = new LinkedHashMap<>();
    for (JsonNode r : index(minor).path("resources")) {
      served.computeIfAbsent(r.path("apiVersion").asString(), k -> new TreeSet<>()).add(r.path("kind").asString());
    }
    return served;
  }

  private JsonNode schema(String minor, String apiVersion, String kind) throws IOException {
    for (JsonNode r : index(minor).path("resources")) {
      if (r.path("apiVersion").asString().equals(apiVersion) && r.path("kind").asString().equals(kind)) {
        String object = ROOT + r.path("schema").asString().substring("../".length());
        return json.readTree(new GZIPInputStream(new java.io.ByteArrayInputStream(resource(object))));
      }
    }
    throw new AssertionError(apiVersion + " " + kind + " is not served by " + minor);
  }

  @Test
  void versionsJsonListsEveryMinor() throws IOException {
    JsonNode versions = json.readTree(resource(ROOT + "versions.json"));
    assertEquals("1.36", versions.path("default").asString());
    assertEquals(VERSIONS, new ArrayList<>(versions.path("versions").propertyNames()));
  }

  @Test
  void servedApiVersionsFollowTheReleaseHistory() throws IOException {
    for (String minor : VERSIONS) {
      int n = Integer.parseInt(minor.substring(2));
      Map<String, Set<String>> served = served(minor);
      assertEquals(Set.of("HorizontalPodAutoscaler"), served.get("autoscaling/v2"), minor);
      assertEquals(Set.of("ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"),
          served.get("apps/v1"), minor);
      assertEquals(17, served.get("v1").size(), minor + ": " + served.get("v1"));
      // flowcontrol v1beta2 was removed in 1.29, v1beta3 in 1.32; v1 is served from 1.29
      assertEquals(n <= 28, served.containsKey("flowcontrol.apiserver.k8s.io/v1beta2"), minor);
      assertEquals(n <= 31, served.containsKey("flowcontrol.apiserver.k8s.io/v1beta3"), minor);
      assertEquals(n >= 29, served.containsKey("flowcontrol.apiserver.k8s.io/v1"), minor);
      // dynamic resource allocation went GA (resource.k8s.io/v1) in 1.34
      assertEquals(n >= 34, served.containsKey("resource.k8s.io/v1"), minor);
      assertEquals(n >= 33, served.get("networking.k8s.io/v1").contains("ServiceCIDR"), minor);
    }
  }

  @Test
  void objectsAreGzippedAndNamedByTheHashOfTheirJson() throws IOException, NoSuchAlgorithmException {
    Set<String> objects = new TreeSet<>();
    for (String minor : VERSIONS) {
      for (JsonNode r : index(minor).path("resources")) {
        objects.add(r.path("schema").asString().substring("../".length()));
      }
    }
    for (String object : objects) {
      assertTrue(object.matches("objects/[0-9a-f]{24}\\.json\\.gz"), object);
      byte[] compressed = resource(ROOT + object);
      byte[] plain = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed)).readAllBytes();
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain));
      assertEquals(object.substring("objects/".length(), "objects/".length() + 24), hash.substring(0, 24));
      assertTrue(compressed.length * 3 < plain.length, object + " is not compressed");
    }
  }

  @Test
  void enumListsAreExactWhereAMinorHasADocumentAndInferredElsewhere() throws IOException {
    Set<String> exact = Set.of("1.31", "1.33", "1.34");
    Map<String, String> inferredFrom = Map.of("1.28", "[\"1.31\"]", "1.30", "[\"1.31\"]",
        "1.32", "[\"1.31\",\"1.33\"]", "1.35", "[\"1.34\"]", "1.36", "[\"1.34\"]");
    for (String minor : VERSIONS) {
      JsonNode enums = index(minor).path("enums");
      assertEquals(exact.contains(minor), enums.path("exact").asBoolean(), minor);
      assertEquals(exact.contains(minor) ? 0 : enums.path("properties").asInt(), enums.path("inferred").asInt());
      assertTrue(enums.path("properties").asInt() > 80, minor + ": " + enums);
      JsonNode container = schema(minor, "apps/v1", "Deployment").path("$defs").path("V1Container");
      JsonNode pullPolicy = container.path("properties").path("imagePullPolicy");
      assertEquals("[\"Always\",\"IfNotPresent\",\"Never\"]", pullPolicy.path("enum").toString(), minor);
      assertEquals(inferredFrom.get(minor), pullPolicy.has(OpenApiOverlay.ENUM_FROM)
          ? pullPolicy.path(OpenApiOverlay.ENUM_FROM).toString() : null, minor);
      JsonNode accessModes = schema(minor, "v1", "PersistentVolumeClaim").path("$defs")
          .path("V1PersistentVolumeClaimSpec").path("properties").path("accessModes");
      assertTrue(accessModes.path("items").path("enum").toString().contains("\"ReadWriteOncePod\""), minor);
      assertFalse(accessModes.has("enum"), "the list is on the items, not on the array");
    }
  }

  @Test
  void aValueOnlySomeMinorsAcceptIsNamedWithThoseMinors() throws IOException {
    // the VolumeAttributesClass quota scope came with Kubernetes 1.33 (the 1.31 document lacks it)
    for (String minor : VERSIONS) {
      JsonNode scope = schema(minor, "v1", "ResourceQuota").path("$defs").path("V1ScopedResourceSelectorRequirement")
          .path("properties").path("scopeName");
      boolean known = minor.equals("1.33") || minor.equals("1.34") || minor.equals("1.35") || minor.equals("1.36");
      assertEquals(known, scope.path("enum").toString().contains("\"VolumeAttributesClass\""), minor);
      assertEquals(known ? "" : "[\"1.33\",\"1.34\"]",
          scope.path(OpenApiOverlay.ENUM_ELSEWHERE).path("VolumeAttributesClass").toString(), minor);
    }
  }

  @Test
  void listsCarryTheirListTypeInEveryMinor() throws IOException {
    for (String minor : VERSIONS) {
      JsonNode listTypes = index(minor).path("listTypes");
      assertTrue(listTypes.path("map").asInt() > 50 && listTypes.path("set").asInt() > 10, minor + listTypes);
      JsonNode deployment = schema(minor, "apps/v1", "Deployment").path("$defs");
      JsonNode ports = deployment.path("V1Container").path("properties").path("ports");
      assertEquals("map", ports.path(OpenApiOverlay.LIST_TYPE).asString(), minor);
      assertEquals("[\"containerPort\",\"protocol\"]", ports.path(OpenApiOverlay.LIST_MAP_KEYS).toString(), minor);
      JsonNode podSpec = deployment.path("V1PodSpec").path("properties");
      assertEquals("map", podSpec.path("containers").path(OpenApiOverlay.LIST_TYPE).asString(), minor);
      assertEquals("[\"name\"]", podSpec.path("volumes").path(OpenApiOverlay.LIST_MAP_KEYS).toString(), minor);
      assertEquals("[\"topologyKey\",\"whenUnsatisfiable\"]",
          podSpec.path("topologySpreadConstraints").path(OpenApiOverlay.LIST_MAP_KEYS).toString(), minor);
      JsonNode finalizers = deployment.path("V1ObjectMeta").path("properties").path("finalizers");
      assertEquals("set", finalizers.path(OpenApiOverlay.LIST_TYPE).asString(), minor);
      assertEquals("atomic", podSpec.path("tolerations").path(OpenApiOverlay.LIST_TYPE).asString(), minor);
    }
  }

  @Test
  void anInferredListNamesTheWordsTheFieldsOwnDescriptionAdds() throws IOException {
    // Kubernetes 1.35 added the toleration operators Gt and Lt; no document of 1.35 or 1.36 is bundled, but the
    // field's description names them
    for (String minor : VERSIONS) {
      JsonNode operator = schema(minor, "v1", "Pod").path("$defs").path("V1Toleration").path("properties")
          .path("operator");
      assertEquals("[\"Equal\",\"Exists\"]", operator.path("enum").toString(), minor);
      boolean added = minor.equals("1.35") || minor.equals("1.36");
      assertEquals(added ? "[\"Gt\",\"Lt\",\"TaintTolerationComparisonOperators\"]" : "",
          operator.path(OpenApiOverlay.ENUM_DESCRIBED).toString(), minor);
    }
  }
}
