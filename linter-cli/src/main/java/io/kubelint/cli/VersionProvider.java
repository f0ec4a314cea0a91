package io.kubelint.cli;

import io.kubelint.core.schema.SchemaCatalog;
import picocli.CommandLine.IVersionProvider;

/** {@code kubelint --version}: the jar's Implementation-Version and the Kubernetes versions it knows. */
final class VersionProvider implements IVersionProvider {

  /** The kubelint version from the jar manifest, or {@code dev} when run from classes. */
  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    SchemaCatalog catalog = new SchemaCatalog();
    return new String[] {
        "kubelint " + version(),
        "Kubernetes API schemas: " + String.join(", ",
            catalog.supportedVersions().stream().map(Object::toString).toList())
            + " (default " + catalog.defaultVersion() + ")"
    };
  }
}
