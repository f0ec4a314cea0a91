package io.kubelint.core.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * Turns the file names of findings into SARIF artifact URIs (SARIF 2.1.0 §3.4.3): relative references with forward
 * slashes for files below the source root, which is what GitHub code scanning matches against the repository's
 * paths, and absolute {@code file:} URIs for files elsewhere. Characters a URI cannot hold (spaces, non-ASCII
 * letters, {@code <} and {@code >}) are percent-encoded as UTF-8.
 *
 * @param sourceRoot absolute folder the URIs are relative to
 * @param inputBase absolute folder relative file names are relative to
 */
record ArtifactUris(Path sourceRoot, Path inputBase) {

  /**
   * The URI of a finding's file. Names in angle brackets, such as {@code <stdin>}, are not paths: they are kept as
   * they are (encoded as a relative reference, {@code %3Cstdin%3E}).
   */
  URI of(String file) {
    Path absolute = absolute(file);
    if (absolute == null || absolute.startsWith(sourceRoot)) {
      return relative(path(file));
    }
    return absolute.toUri();
  }

  /**
   * The file as a plain path for formats that take one (GitHub annotations, Code Climate's {@code location.path}):
   * relative to the source root with forward slashes for files below it, absolute otherwise; names in angle
   * brackets unchanged.
   */
  String path(String file) {
    Path absolute = absolute(file);
    if (absolute == null) {
      return file.replace('\\', '/');
    }
    if (!absolute.startsWith(sourceRoot)) {
      return absolute.toString();
    }
    StringJoiner path = new StringJoiner("/");
    for (Path part : sourceRoot.relativize(absolute)) {
      path.add(part.toString());
    }
    return path.toString();
  }

  /** The absolute, normalised path of a file name, or {@code null} for a name that is not a path. */
  private Path absolute(String file) {
    if (file.startsWith("<") && file.endsWith(">")) {
      return null;
    }
    try {
      return inputBase.resolve(Path.of(file)).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** A relative reference for {@code path}; a first segment with a colon gets {@code ./} (RFC 3986 §4.2). */
  private static URI relative(String path) {
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    String safe = colon >= 0 && (slash < 0 || colon < slash) ? "./" + path : path;
    try {
      return URI.create(new URI(null, null, safe, null).toASCIIString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + path, e);
    }
  }
}
