package io.kubelint.cli;

import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code kubelint --version}: kubelint's version and the Kubernetes versions it knows. */
final class VersionProvider implements IVersionProvider {

  /**
   * The kubelint version: the POM's {@code project.version}, which the build writes into {@code kubelint.properties}
   * (the one place it is written; the jar manifest's Implementation-Version and SARIF's {@code tool.driver.version}
   * say the same).
   *
   * @throws IllegalStateException when the resource is missing (a broken build)
   */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("kubelint.properties")) {
      if (in == null) {
        throw new IllegalStateException("kubelint.properties is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
