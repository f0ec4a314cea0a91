package io.kubelint.core.lint;

import java.io.InputStream;
import java.nio.file.Path;

/** Something to lint: a file or folder on disk, or a stream such as standard input. */
public sealed interface Input {

  /**
   * A file, or a folder searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}.
   *
   * @param path as the user gave it
   */
  record FileInput(Path path) implements Input {
  }

  /**
   * An already open stream, read to its end; not closed.
   *
   * @param name how reports name it
   * @param stream the bytes, UTF-8
   */
  record StreamInput(String name, InputStream stream) implements Input {
  }

  /** A file or folder. */
  static Input of(Path path) {
    return new FileInput(path);
  }
}
