package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubelint.core.schema.ListType.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The list types of the bundled schemas and of CRD schemas, by pointer and over a whole object. */
class ListTypesTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private final JsonMapper json = JsonMapper.builder().build();

  private static CompiledSchema builtIn(String version, String apiVersion, String kind) {
    SchemaSet set = CATALOG.forVersion(KubernetesVersion.parse(version));
    return set.compiled(set.resource(apiVersion, kind).orElseThrow());
  }

  private static Optional<ListType> at(CompiledSchema schema, String pointer) {
    return schema.listType(JsonPointer.compile(pointer));
  }

  @Test
  void theListsOfAPodTemplateInEveryVersion() {
    for (KubernetesVersion v : CATALOG.supportedVersions()) {
      CompiledSchema deployment = builtIn(v.toString(), "apps/v1", "Deployment");
      String pod = "/spec/template/spec";
      assertEquals(Optional.of(new ListType(Kind.MAP, List.of("name"))), at(deployment, pod + "/containers"), "" + v);
      assertEquals(Optional.of(new ListType(Kind.MAP, List.of("containerPort", "protocol"))),
          at(deployment, pod + "/containers/0/ports"), "" + v);
      assertEquals(Optional.of(new ListType(Kind.MAP, List.of("mountPath"))),
          at(deployment, pod + "/initContainers/3/volumeMounts"), "" + v);
      assertEquals(Optional.of(new ListType(Kind.MAP, List.of("name"))), at(deployment, pod + "/volumes"), "" + v);
      assertEquals(Optional.of(new ListType(Kind.ATOMIC, List.of())), at(deployment, pod + "/tolerations"), "" + v);
      assertEquals(Optional.of(new ListType(Kind.SET, List.of())), at(deployment, "/metadata/finalizers"), "" + v);
      assertEquals(Optional.empty(), at(deployment, "/spec/replicas"));
      assertEquals(Optional.empty(), at(deployment, pod + "/nodeSelector"));
      assertEquals(Optional.empty(), at(deployment, "/spec/no-such-field/0"));
    }
    CompiledSchema service = builtIn("1.36", "v1", "Service");
    assertEquals(Optional.of(new ListType(Kind.MAP, List.of("port", "protocol"))), at(service, "/spec/ports"));
  }

  @Test
  void everyListWhoseEntriesMustBeUniqueInAnObject() {
    JsonNode deployment = json.readTree("""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","finalizers":["a"]},
         "spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
           "spec":{"containers":[{"name":"web","image":"web","ports":[{"containerPort":80}],
             "env":[{"name":"A","value":"1"}],"args":["x","x"]}],
             "tolerations":[{"operator":"Exists"}],"volumes":[{"name":"v","emptyDir":{}}],
             "unknown":[{"name":"x"}]}}}}""");
    List<String> lists = builtIn("1.36", "apps/v1", "Deployment").uniqueLists(deployment).stream()
        .map(u -> u.pointer() + " " + u.type().kind() + u.type().keys()).toList();
    assertEquals(List.of("/metadata/finalizers SET[]", "/spec/template/spec/containers MAP[name]",
        "/spec/template/spec/containers/0/ports MAP[containerPort, protocol]",
        "/spec/template/spec/containers/0/env MAP[name]", "/spec/template/spec/volumes MAP[name]"), lists);
  }

  @Test
  void crdSchemasKeepTheListTypesTheirAuthorsWrote() {
    JsonNode openApi = json.readTree("""
        {"type":"object","properties":{"spec":{"type":"object","properties":{
          "hosts":{"type":"array","items":{"type":"string"},"x-kubernetes-list-type":"set"},
          "routes":{"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["name"],
            "items":{"type":"object","properties":{"name":{"type":"string"}}}},
          "odd":{"type":"array","x-kubernetes-list-type":"map","items":{"type":"object"}}}}}}""");
    JsonNode root = CrdSchemaConverter.convert(openApi, json.readTree("{}"), false);
    CompiledSchema crd = new CompiledSchema(root, null);
    assertEquals(Optional.of(new ListType(Kind.SET, List.of())), at(crd, "/spec/hosts"));
    assertEquals(Optional.of(new ListType(Kind.MAP, List.of("name"))), at(crd, "/spec/routes"));
    assertEquals(Optional.empty(), at(crd, "/spec/odd"), "a map list without keys is not one");
  }

  @Test
  void aMapNeedsKeysAndNothingElseHasThem() {
    assertThrows(IllegalArgumentException.class, () -> new ListType(Kind.MAP, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ListType(Kind.SET, List.of("name")));
  }
}
