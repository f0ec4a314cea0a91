package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CRD schemas converted and compiled for real, custom resources validated with the real validator. */
class CustomSchemasTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private final JsonMapper json = JsonMapper.builder().build();

  private CustomSchemas custom(List<Path> dirs) {
    return CATALOG.customSchemas(CATALOG.defaultVersion(), dirs);
  }

  private JsonNode crd(String properties) {
    return json.readTree("""
        {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
         "metadata": {"name": "gears.example.com"},
         "spec": {"group": "example.com", "scope": "Namespaced", "names": {"kind": "Gear", "plural": "gears"},
                  "versions": [{"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema":
                    {"type": "object", "properties": {"spec": {"type": "object", "properties": %s}}}}}]}}
        """.formatted(properties));
  }

  private List<SchemaError> validate(CustomSchemas custom, String resource) {
    ResourceType type = custom.resource("example.com/v1", "Gear").orElseThrow();
    return SchemaValidator.validate(json.readTree(resource), custom.compiled(type));
  }

  @Test
  void intOrStringRestatedAsAnyOfGivesOneError() {
    CustomSchemas custom = custom(List.of());
    custom.register(crd("""
        {"port": {"x-kubernetes-int-or-string": true, "anyOf": [{"type": "integer"}, {"type": "string"}]}}"""),
        "a.yaml", 1);
    String gear = "{\"apiVersion\": \"example.com/v1\", \"kind\": \"Gear\", \"metadata\": {\"name\": \"g\"}, "
        + "\"spec\": {\"port\": %s}}";
    assertEquals(List.of(), validate(custom, gear.formatted("\"http\"")));
    assertEquals(List.of(), validate(custom, gear.formatted("8080")));
    List<SchemaError> errors = validate(custom, gear.formatted("1.5"));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("type", errors.get(0).keyword());
  }

  @Test
  void embeddedResourcesNeedApiVersionKindAndValidMetadata() {
    CustomSchemas custom = custom(List.of());
    custom.register(crd("""
        {"template": {"type": "object", "x-kubernetes-embedded-resource": true,
                      "x-kubernetes-preserve-unknown-fields": true}}"""), "a.yaml", 1);
    String gear = "{\"apiVersion\": \"example.com/v1\", \"kind\": \"Gear\", \"metadata\": {\"name\": \"g\"}, "
        + "\"spec\": {\"template\": %s}}";
    assertEquals(List.of(), validate(custom, gear.formatted(
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"p\"}, \"spec\": {\"any\": 1}}")));
    List<SchemaError> missing = validate(custom, gear.formatted("{\"foo\": \"bar\"}"));
    assertEquals(List.of("apiVersion", "kind"), missing.stream().map(SchemaError::property).sorted().toList());
    List<SchemaError> meta = validate(custom, gear.formatted(
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"nmae\": \"p\"}}"));
    assertEquals(1, meta.size(), meta.toString());
    assertEquals("additionalProperties", meta.get(0).keyword());
    assertEquals("nmae", meta.get(0).property());
  }

  @Test
  void theNearestOfSeveralDefinitionsWins() {
    CustomSchemas custom = custom(List.of());
    custom.register(crd("{\"old\": {\"type\": \"string\"}}"), "ops/v1/crd.yaml", 1);
    custom.register(crd("{\"new\": {\"type\": \"string\"}}"), "ops/v2/crd.yaml", 1);
    custom.register(crd("{\"new\": {\"type\": \"string\"}}"), "ops/v2/crd.yaml", 1);
    ResourceType v1 = custom.resource("example.com/v1", "Gear", "ops/v1/gear.yaml").orElseThrow();
    ResourceType v2 = custom.resource("example.com/v1", "Gear", "ops/v2/gear.yaml").orElseThrow();
    assertTrue(v1.schemaResource().contains("ops/v1/crd.yaml"), v1.schemaResource());
    assertTrue(v2.schemaResource().contains("ops/v2/crd.yaml"), v2.schemaResource());
    assertEquals(List.of("example.com/v1"), custom.apiVersionsOf("example.com", "Gear"));
  }

  @Test
  void schemaFilesInTheKubeconformLayout(@TempDir Path dir) throws IOException {
    String schema = "{\"type\": \"object\", \"properties\": {\"spec\": {\"type\": \"object\", "
        + "\"additionalProperties\": false}}}";
    Files.writeString(dir.resolve("gear-example-v1.json"), schema, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cog-monitoring.coreos.com-v1.json"), schema, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("widget-v1.json"), schema, StandardCharsets.UTF_8);
    CustomSchemas custom = custom(List.of(dir));
    assertTrue(custom.resource("example.com/v1", "Gear").isPresent(), "first label of the group");
    assertTrue(custom.resource("monitoring.coreos.com/v1", "Cog").isPresent(), "whole group");
    assertTrue(custom.resource("v1", "Widget").isPresent(), "core group");
    assertTrue(custom.resource("example.com/v2", "Gear").isEmpty());
    ResourceType gear = custom.resource("example.com/v1", "Gear").orElseThrow();
    List<SchemaError> errors = SchemaValidator.validate(json.readTree("{\"spec\": {\"x\": 1}}"),
        custom.compiled(gear));
    assertEquals(1, errors.size(), errors.toString());
  }

  @Test
  void schemaFilesMayReferToSiblingFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("_definitions.json"), "{\"definitions\": {\"spec\": {\"type\": \"object\", "
        + "\"properties\": {\"size\": {\"type\": \"integer\"}}, \"additionalProperties\": false}}}",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gear-example-v1.json"), "{\"type\": \"object\", \"properties\": "
        + "{\"spec\": {\"$ref\": \"_definitions.json#/definitions/spec\"}}}", StandardCharsets.UTF_8);
    CustomSchemas custom = custom(List.of(dir));
    ResourceType gear = custom.resource("example.com/v1", "Gear").orElseThrow();
    List<SchemaError> errors = SchemaValidator.validate(json.readTree("{\"spec\": {\"size\": \"big\"}}"),
        custom.compiled(gear));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("type", errors.get(0).keyword());
  }

  @Test
  void aBrokenSchemaFileIsAPlainProblem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gear-example-v1.json"), "{\"type\": \"object\",, }", StandardCharsets.UTF_8);
    CustomSchemas custom = custom(List.of(dir));
    ResourceType gear = custom.resource("example.com/v1", "Gear").orElseThrow();
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> custom.compiled(gear));
    assertTrue(e.getMessage().startsWith("schema file " + dir.resolve("gear-example-v1.json")
        + " is not valid JSON (line 1, column "), e.getMessage());
    assertTrue(!e.getMessage().contains("REDACTED") && !e.getMessage().contains("Exception"), e.getMessage());
  }

  @Test
  void remoteReferencesAreNeverFetched(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gear-example-v1.json"), "{\"type\": \"object\", \"properties\": "
        + "{\"spec\": {\"$ref\": \"https://kubelint.invalid/definitions.json#/spec\"}}}", StandardCharsets.UTF_8);
    CustomSchemas custom = custom(List.of(dir));
    ResourceType gear = custom.resource("example.com/v1", "Gear").orElseThrow();
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> SchemaValidator.validate(json.readTree("{\"spec\": {}}"), custom.compiled(gear)));
    assertTrue(e.toString().contains("kubelint.invalid"), e.toString());
    assertTrue(!e.toString().contains("UnknownHost") && !e.toString().contains("Connect"), "not even tried: " + e);
  }
}
