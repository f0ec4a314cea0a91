package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilePathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "a/b", "a..b", "..a/b/..c", "./a", "a/./b"})
  void validLocalDescending(String path) {
    assertEquals(List.of(), FilePaths.checkLocalDescending(path));
  }

  @Test
  void invalidLocalDescending() {
    assertEquals(List.of("must be a relative path"), FilePaths.checkLocalDescending("/etc/config"));
    assertEquals(List.of("must not contain '..'"), FilePaths.checkLocalDescending("a/../b"));
    assertEquals(List.of("must be a relative path", "must not contain '..'"), FilePaths.checkLocalDescending("/.."));
    assertEquals(List.of("must not contain '..'"), FilePaths.checkLocalDescending(".."));
  }

  @Test
  void nonReserved() {
    assertEquals(List.of(), FilePaths.checkLocalNonReserved("config.yaml"));
    assertEquals(List.of("must not start with '..'"), FilePaths.checkLocalNonReserved("..data"));
    assertEquals(List.of("must not contain '..'"), FilePaths.checkLocalNonReserved("../x"));
  }

  @Test
  void backsteps() {
    assertEquals(List.of(), FilePaths.checkNoBacksteps("/var/log"));
    assertEquals(List.of("must not contain '..'"), FilePaths.checkNoBacksteps("/var/../etc"));
  }
}
