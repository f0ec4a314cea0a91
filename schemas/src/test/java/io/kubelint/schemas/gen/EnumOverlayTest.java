package io.kubelint.schemas.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.schemas.gen.EnumSource.Definition;
import io.kubelint.schemas.gen.EnumSource.EnumProperty;
import io.kubelint.schemas.gen.EnumSource.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Definition names to client-java model names, the choice of enum document, and the checks that fail the build. */
class EnumOverlayTest {

  private static final Set<String> MODELS = Set.of("V1Container", "CoreV1Event", "EventsV1Event", "V1ObjectMeta",
      "AdmissionregistrationV1ServiceReference", "ApiextensionsV1ServiceReference", "V1alpha3DeviceTaintRule",
      "V2HorizontalPodAutoscaler");
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void modelNames() {
    assertEquals("V1Container", EnumOverlay.modelName("io.k8s.api.core.v1.Container", MODELS));
    assertEquals("CoreV1Event", EnumOverlay.modelName("io.k8s.api.core.v1.Event", MODELS));
    assertEquals("EventsV1Event", EnumOverlay.modelName("io.k8s.api.events.v1.Event", MODELS));
    assertEquals("V1ObjectMeta", EnumOverlay.modelName("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", MODELS));
    assertEquals("AdmissionregistrationV1ServiceReference",
        EnumOverlay.modelName("io.k8s.api.admissionregistration.v1.ServiceReference", MODELS));
    assertEquals("ApiextensionsV1ServiceReference", EnumOverlay.modelName(
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference", MODELS));
    assertEquals("V1alpha3DeviceTaintRule", EnumOverlay.modelName("io.k8s.api.resource.v1alpha3.DeviceTaintRule",
        MODELS));
    assertEquals("V2HorizontalPodAutoscaler", EnumOverlay.modelName(
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", MODELS));
    assertNull(EnumOverlay.modelName("io.k8s.api.events.v1beta1.Event", MODELS));
    assertNull(EnumOverlay.modelName("io.k8s.apimachinery.pkg.api.resource.Quantity", MODELS));
  }

  @Test
  void nearestEarlierDocumentElseNearestLater() {
    List<String> available = List.of("1.31", "1.33", "1.34");
    assertEquals("1.31", EnumSource.choose(available, "1.28"));
    assertEquals("1.31", EnumSource.choose(available, "1.31"));
    assertEquals("1.31", EnumSource.choose(available, "1.32"));
    assertEquals("1.33", EnumSource.choose(available, "1.33"));
    assertEquals("1.34", EnumSource.choose(available, "1.36"));
  }

  private static EnumSource source(String version, Definition definition) {
    return new EnumSource(version, "test", Map.of(definition.name(), definition));
  }

  private static final EnumProperty PULL_POLICY =
      new EnumProperty("imagePullPolicy", Shape.VALUE, List.of("Always", "IfNotPresent", "Never"));
  private static final Definition CONTAINER = new Definition("io.k8s.api.core.v1.Container",
      Set.of("name", "imagePullPolicy"), List.of(PULL_POLICY));

  private ObjectNode podSchema() {
    return (ObjectNode) json.readTree("{\"properties\":{\"x\":{\"type\":\"string\"}},\"$defs\":{\"V1Container\":"
        + "{\"properties\":{\"name\":{\"type\":\"string\"},\"imagePullPolicy\":{\"type\":\"string\"}}}}}");
  }

  @Test
  void ownListIsPlainBorrowedListIsMarked() {
    Map<String, Set<String>> models = Map.of("V1Pod", Set.of("x"), "V1Container", Set.of("name", "imagePullPolicy"));
    ObjectNode own = podSchema();
    new EnumOverlay(source("1.34", CONTAINER), "1.34", models).apply(own, "V1Pod");
    assertEquals("{\"type\":\"string\",\"enum\":[\"Always\",\"IfNotPresent\",\"Never\"]}",
        own.at("/$defs/V1Container/properties/imagePullPolicy").toString());
    ObjectNode borrowed = podSchema();
    EnumOverlay overlay = new EnumOverlay(source("1.34", CONTAINER), "1.36", models);
    overlay.apply(borrowed, "V1Pod");
    assertEquals("1.34", borrowed.at("/$defs/V1Container/properties/imagePullPolicy/x-kubelint-enum-from")
        .asString());
    assertEquals(1, overlay.properties());
  }

  @Test
  void aSameMinorDocumentMustAgreeOnTheProperties() {
    Map<String, Set<String>> models = Map.of("V1Container", Set.of("name", "imagePullPolicy", "image"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new EnumOverlay(source("1.34", CONTAINER), "1.34", models));
    assertTrue(e.getMessage().contains("only in the model [image]"), e.getMessage());
    // a borrowed document may differ: fields come and go between minors
    new EnumOverlay(source("1.34", CONTAINER), "1.36", models);
  }

  @Test
  void anEnumDefinitionWithALookAlikeModelFailsTheBuild() {
    Definition event = new Definition("io.k8s.api.core.v1.Event", Set.of("type"),
        List.of(new EnumProperty("type", Shape.VALUE, List.of("Normal", "Warning"))));
    Map<String, Set<String>> models = Map.of("OtherV1Event", Set.of("type"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new EnumOverlay(source("1.34", event), "1.34", models));
    assertTrue(e.getMessage().contains("OtherV1Event looks like it"), e.getMessage());
  }

  @Test
  void anEnumOnANonStringPropertyFailsTheBuild() {
    Map<String, Set<String>> models = Map.of("V1Pod", Set.of("x"), "V1Container", Set.of("name", "imagePullPolicy"));
    ObjectNode schema = podSchema();
    ((ObjectNode) schema.at("/$defs/V1Container/properties/imagePullPolicy")).put("type", "integer");
    EnumOverlay overlay = new EnumOverlay(source("1.34", CONTAINER), "1.34", models);
    assertThrows(IllegalStateException.class, () -> overlay.apply(schema, "V1Pod"));
  }
}
