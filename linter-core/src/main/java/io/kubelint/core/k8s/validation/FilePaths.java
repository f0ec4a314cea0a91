package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * File paths the API server checks: host paths, sub-paths of volume mounts, the paths of projected and ConfigMap or
 * Secret volume items. Ports of {@code validatePathNoBacksteps}, {@code validateLocalDescendingPath} and
 * {@code ValidateLocalNonReservedPath} in {@code pkg/apis/core/validation/validation.go} (kubernetes/kubernetes).
 * Paths are split on {@code /} as on a Linux API server.
 */
public final class FilePaths {

  private FilePaths() {
  }

  /**
   * {@code validatePathNoBacksteps}: no {@code ..} element ({@code hostPath.path}, {@code local.path},
   * {@code volumeDevices[].devicePath}).
   */
  public static List<String> checkNoBacksteps(String path) {
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        return List.of("must not contain '..'");
      }
    }
    return List.of();
  }

  /**
   * {@code validateLocalDescendingPath}: relative (not starting with {@code /}) and without {@code ..} elements
   * ({@code subPath}, {@code subPathExpr}, {@code gitRepo.directory}, a seccomp {@code localhostProfile}).
   */
  public static List<String> checkLocalDescending(String path) {
    List<String> errors = new ArrayList<>();
    if (path.startsWith("/")) {
      errors.add("must be a relative path");
    }
    errors.addAll(checkNoBacksteps(path));
    return errors;
  }

  /**
   * {@code ValidateLocalNonReservedPath}: a {@link #checkLocalDescending local descending path} that also does not
   * start with {@code ..} ({@code ..data} is where the kubelet keeps the files of a volume); the {@code path} of
   * ConfigMap, Secret, downward API and projected volume items.
   */
  public static List<String> checkLocalNonReserved(String path) {
    List<String> errors = checkLocalDescending(path);
    if (path.startsWith("..") && !path.startsWith("../")) {
      errors.add("must not start with '..'");
    }
    return errors;
  }
}
