package io.kubelint.schemas.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.schemas.gen.OpenApiDocument.Definition;
import io.kubelint.schemas.gen.OpenApiDocument.EnumProperty;
import io.kubelint.schemas.gen.OpenApiDocument.ListType;
import io.kubelint.schemas.gen.OpenApiDocument.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Definition names to client-java model names, exact and inferred enum lists, list types, and the checks that fail
 * the build.
 */
class OpenApiOverlayTest {

  private static final Set<String> MODELS = Set.of("V1Container", "CoreV1Event", "EventsV1Event", "V1ObjectMeta",
      "AdmissionregistrationV1ServiceReference", "ApiextensionsV1ServiceReference", "V1alpha3DeviceTaintRule",
      "V2HorizontalPodAutoscaler");
  private static final Map<String, Set<String>> POD_MODELS = Map.of("V1Pod", Set.of("x"),
      "V1Container", Set.of("name", "imagePullPolicy", "ports"));
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void modelNames() {
    assertEquals("V1Container", OpenApiOverlay.modelName("io.k8s.api.core.v1.Container", MODELS));
    assertEquals("CoreV1Event", OpenApiOverlay.modelName("io.k8s.api.core.v1.Event", MODELS));
    assertEquals("EventsV1Event", OpenApiOverlay.modelName("io.k8s.api.events.v1.Event", MODELS));
    assertEquals("V1ObjectMeta", OpenApiOverlay.modelName("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        MODELS));
    assertEquals("AdmissionregistrationV1ServiceReference",
        OpenApiOverlay.modelName("io.k8s.api.admissionregistration.v1.ServiceReference", MODELS));
    assertEquals("ApiextensionsV1ServiceReference", OpenApiOverlay.modelName(
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference", MODELS));
    assertEquals("V1alpha3DeviceTaintRule", OpenApiOverlay.modelName(
        "io.k8s.api.resource.v1alpha3.DeviceTaintRule", MODELS));
    assertEquals("V2HorizontalPodAutoscaler", OpenApiOverlay.modelName(
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", MODELS));
    assertNull(OpenApiOverlay.modelName("io.k8s.api.events.v1beta1.Event", MODELS));
    assertNull(OpenApiOverlay.modelName("io.k8s.apimachinery.pkg.api.resource.Quantity", MODELS));
  }

  private static Definition container(List<String> pullPolicies) {
    return new Definition("io.k8s.api.core.v1.Container", Set.of("name", "imagePullPolicy", "ports"),
        List.of(new EnumProperty("imagePullPolicy", Shape.VALUE, pullPolicies)),
        Map.of("ports", new ListType("map", List.of("containerPort", "protocol"))));
  }

  /** Documents of 1.31 (without Sometimes), 1.33 and 1.34 (with it). */
  private static Map<String, OpenApiDocument> documents() {
    Map<String, OpenApiDocument> documents = new TreeMap<>();
    documents.put("1.31", document("1.31", container(List.of("Always", "IfNotPresent", "Never"))));
    documents.put("1.33", document("1.33", container(List.of("Always", "IfNotPresent", "Never", "Sometimes"))));
    documents.put("1.34", document("1.34", container(List.of("Always", "IfNotPresent", "Never", "Sometimes"))));
    return documents;
  }

  private static OpenApiDocument document(String version, Definition definition) {
    return new OpenApiDocument(version, "test", Map.of(definition.name(), definition));
  }

  private ObjectNode podSchema() {
    return (ObjectNode) json.readTree("{\"properties\":{\"x\":{\"type\":\"string\"}},\"$defs\":{\"V1Container\":"
        + "{\"properties\":{\"name\":{\"type\":\"string\"},\"imagePullPolicy\":{\"type\":\"string\"},"
        + "\"ports\":{\"type\":\"array\",\"items\":{\"type\":\"object\"}}}}}}");
  }

  private ObjectNode overlaid(String minor) {
    ObjectNode schema = podSchema();
    new OpenApiOverlay(documents(), minor, POD_MODELS).apply(schema, "V1Pod");
    return schema;
  }

  @Test
  void ownListIsExactAndNamesTheValuesOtherMinorsAccept() {
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\"],"
            + "\"x-kubelint-enum-elsewhere\":{\"Sometimes\":[\"1.33\",\"1.34\"]}}",
        overlaid("1.31").at("/$defs/V1Container/properties/imagePullPolicy").toString());
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\",\"Sometimes\"]}",
        overlaid("1.34").at("/$defs/V1Container/properties/imagePullPolicy").toString());
  }

  @Test
  void aMinorBetweenDocumentsAcceptsWhatBothNeighboursAccept() {
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\"],"
            + "\"x-kubelint-enum-from\":[\"1.31\",\"1.33\"],"
            + "\"x-kubelint-enum-elsewhere\":{\"Sometimes\":[\"1.33\",\"1.34\"]}}",
        overlaid("1.32").at("/$defs/V1Container/properties/imagePullPolicy").toString());
  }

  @Test
  void aMinorOutsideTheDocumentsTakesTheNearestList() {
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\",\"Sometimes\"],"
            + "\"x-kubelint-enum-from\":[\"1.34\"]}",
        overlaid("1.36").at("/$defs/V1Container/properties/imagePullPolicy").toString());
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\"],"
            + "\"x-kubelint-enum-from\":[\"1.31\"],\"x-kubelint-enum-elsewhere\":{\"Sometimes\":[\"1.33\",\"1.34\"]}}",
        overlaid("1.28").at("/$defs/V1Container/properties/imagePullPolicy").toString());
  }

  @Test
  void listTypesGoOntoTheListsOfEveryMinor() {
    for (String minor : List.of("1.28", "1.32", "1.34", "1.36")) {
      assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"object\"},\"x-kubernetes-list-type\":\"map\","
              + "\"x-kubernetes-list-map-keys\":[\"containerPort\",\"protocol\"]}",
          overlaid(minor).at("/$defs/V1Container/properties/ports").toString(), minor);
    }
    OpenApiOverlay overlay = new OpenApiOverlay(documents(), "1.36", POD_MODELS);
    assertEquals(Map.of("map", 1), overlay.listTypeCounts());
    assertEquals(1, overlay.enumProperties());
    assertEquals(1, overlay.inferredEnumProperties());
  }

  @Test
  void aListTypeOnAPropertyThatIsNoListFailsTheBuild() {
    ObjectNode schema = podSchema();
    ((ObjectNode) schema.at("/$defs/V1Container/properties/ports")).put("type", "string");
    OpenApiOverlay overlay = new OpenApiOverlay(documents(), "1.34", POD_MODELS);
    assertThrows(IllegalStateException.class, () -> overlay.apply(schema, "V1Pod"));
  }

  @Test
  void aSameMinorDocumentMustAgreeOnTheProperties() {
    Map<String, Set<String>> models = Map.of("V1Container", Set.of("name", "imagePullPolicy", "ports", "image"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new OpenApiOverlay(documents(), "1.34", models));
    assertTrue(e.getMessage().contains("only in the model [image]"), e.getMessage());
    // other minors' documents may differ: fields come and go between minors
    assertFalse(new OpenApiOverlay(documents(), "1.36", models).listTypeCounts().isEmpty());
  }

  @Test
  void aDefinitionWithALookAlikeModelFailsTheBuild() {
    Definition event = new Definition("io.k8s.api.core.v1.Event", Set.of("type"),
        List.of(new EnumProperty("type", Shape.VALUE, List.of("Normal", "Warning"))));
    Map<String, Set<String>> models = Map.of("OtherV1Event", Set.of("type"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new OpenApiOverlay(Map.of("1.34", document("1.34", event)), "1.34", models));
    assertTrue(e.getMessage().contains("OtherV1Event looks like it"), e.getMessage());
  }

  @Test
  void anEnumOnANonStringPropertyFailsTheBuild() {
    ObjectNode schema = podSchema();
    ((ObjectNode) schema.at("/$defs/V1Container/properties/imagePullPolicy")).put("type", "integer");
    OpenApiOverlay overlay = new OpenApiOverlay(documents(), "1.34", POD_MODELS);
    assertThrows(IllegalStateException.class, () -> overlay.apply(schema, "V1Pod"));
  }
}
