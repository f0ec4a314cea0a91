package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How versions are read from users (and from what {@code kubectl version} prints) and written back. */
class KubernetesVersionTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final String SUPPORTED = "supported versions: 1.28, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36";

  @Test
  void serverVersionsOfManagedClustersNameTheirMinor() {
    for (String text : List.of("v1.31.4-gke.1000", "v1.31.4+k3s1", "1.31.4-eks-1234abc", "v1.31.0-rc.1",
        "v1.31.2+rke2r1", "1.31.9-gke.1044000+build.7")) {
      assertEquals(new KubernetesVersion(1, 31), KubernetesVersion.parse(text), text);
      assertEquals(new KubernetesVersion(1, 31), CATALOG.resolve(text).used(), text);
    }
    assertEquals(new KubernetesVersion(1, 30), KubernetesVersion.parse("v1.30.2-eks-1234abc"));
  }

  @Test
  void unparsableVersionsAreRefusedWithTheSupportedOnes() {
    for (String text : List.of("1.31.x", "latest", "1.31-gke", "v1", "1.31.4.5", "1.31.4-", "")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOG.resolve(text), text);
      assertEquals("'" + text + "' is not a Kubernetes version (expected e.g. 1.31); " + SUPPORTED, e.getMessage());
    }
    IllegalArgumentException unsupported = assertThrows(IllegalArgumentException.class,
        () -> CATALOG.resolve("v1.27.3-gke.100"));
    assertEquals("Kubernetes 1.27 is not supported; " + SUPPORTED, unsupported.getMessage());
  }

  @Test
  void rangesJoinConsecutiveMinors() {
    assertEquals("1.31\u20131.36", KubernetesVersion.ranges(versions("1.31", "1.32", "1.33", "1.34", "1.35", "1.36")));
    assertEquals("1.28, 1.30\u20131.31", KubernetesVersion.ranges(versions("1.28", "1.30", "1.31")));
    assertEquals("1.33", KubernetesVersion.ranges(versions("1.33")));
    assertEquals("", KubernetesVersion.ranges(List.of()));
  }

  private static List<KubernetesVersion> versions(String... texts) {
    return List.of(texts).stream().map(KubernetesVersion::parse).toList();
  }
}
