package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A plain Deployment is valid under the bundled schemas of every supported Kubernetes version, with every rule. */
class EveryKubernetesVersionTest {

  private static final Path DEPLOYMENT = TESTDATA.resolve("versions/deployment.yaml");
  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  static List<KubernetesVersion> versions() {
    List<KubernetesVersion> versions = CATALOG.supportedVersions();
    assertFalse(versions.isEmpty(), "no bundled schemas");
    return versions;
  }

  @ParameterizedTest(name = "Kubernetes {0}")
  @MethodSource("versions")
  void plainDeploymentHasNoFindings(KubernetesVersion version) {
    LintResult result = new Linter(LintOptions.defaults(version).withThreads(1), BuiltinRules.all(), CATALOG)
        .lint(List.of(Input.of(DEPLOYMENT)));
    assertEquals(List.of(), result.errors());
    assertEquals(1, result.documents());
    assertEquals(version, result.kubernetesVersion());
    assertEquals(List.of(), result.findings());
  }
}
