package io.kubelint.core.schema;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled schemas: which versions exist, how a requested version is resolved, and what a run reads. */
class SchemaCatalogTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  private static KubernetesVersion v(String text) {
    return KubernetesVersion.parse(text);
  }

  @Test
  void everyMinorFrom128To136ExceptTheMissing129() {
    assertEquals(List.of(v("1.28"), v("1.30"), v("1.31"), v("1.32"), v("1.33"), v("1.34"), v("1.35"), v("1.36")),
        CATALOG.supportedVersions());
    assertEquals(v("1.36"), CATALOG.defaultVersion());
  }

  @Test
  void supportedVersionsResolveToThemselvesWhateverTheSpelling() {
    for (String text : List.of("1.31", "v1.31", "1.31.4", "V1.31.0")) {
      ResolvedVersion resolved = CATALOG.resolve(v(text));
      assertEquals(v("1.31"), resolved.used(), text);
      assertFalse(resolved.substituted(), text);
      assertEquals(Optional.empty(), resolved.note(), text);
    }
  }

  @Test
  void theMissingMinorUsesTheNextNewerOne() {
    ResolvedVersion resolved = CATALOG.resolve(v("1.29.3"));
    assertEquals(v("1.29"), resolved.requested());
    assertEquals(v("1.30"), resolved.used());
    assertTrue(resolved.substituted());
    assertEquals(Optional.of("no API schemas for Kubernetes 1.29 exist; using 1.30"), resolved.note());
  }

  @Test
  void versionsOutsideTheRangeAreRefusedWithTheList() {
    for (String text : List.of("1.27", "1.37", "2.0", "0.9")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOG.resolve(v(text)));
      assertEquals("Kubernetes " + v(text) + " is not supported; supported versions: 1.28, 1.30, 1.31, 1.32, "
          + "1.33, 1.34, 1.35, 1.36", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> CATALOG.forVersion(v("1.29")),
        "forVersion takes only versions with schemas of their own");
  }

  @Test
  void linterResolvesTheMissingMinorToo() {
    LintResult result = new Linter(LintOptions.defaults(v("1.29")).withThreads(1), List.of(), CATALOG)
        .lint(List.of(Input.of(TESTDATA.resolve("versions/deployment.yaml"))));
    assertEquals(v("1.29"), result.kubernetesVersion(), "the target as requested; the schemas are those of 1.30");
    assertEquals(List.of(), result.findings());
  }

  @Test
  void lintingOneDeploymentReadsOneSchemaObject() {
    for (String version : List.of("1.28", "1.36")) {
      RecordingLoader loader = new RecordingLoader();
      SchemaCatalog catalog = new SchemaCatalog(loader);
      assertEquals(List.of("kubelint/schemas/versions.json"), loader.reads());
      Linter linter = new Linter(LintOptions.defaults(v(version)).withThreads(1), List.of(), catalog);
      List<Input> deployment = List.of(Input.of(TESTDATA.resolve("versions/deployment.yaml")));
      assertEquals(List.of(), linter.lint(deployment).findings());
      String schema = catalog.forVersion(v(version)).resource("apps/v1", "Deployment").orElseThrow()
          .schemaResource();
      assertTrue(schema.matches("kubelint/schemas/objects/[0-9a-f]{24}\\.json\\.gz"), schema);
      List<String> expected = List.of("kubelint/schemas/versions.json",
          "kubelint/schemas/v" + version + "/index.json", schema);
      assertEquals(expected, loader.reads(), version);
      linter.lint(deployment);
      assertEquals(expected, loader.reads(), "a second run reads nothing more");
    }
  }

  /** A class loader that records which resources are read through it. */
  private static final class RecordingLoader extends ClassLoader {
    private final List<String> reads = Collections.synchronizedList(new ArrayList<>());

    RecordingLoader() {
      super(SchemaCatalogTest.class.getClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      reads.add(name);
      return super.getResourceAsStream(name);
    }

    List<String> reads() {
      return List.copyOf(reads);
    }
  }
}
