package io.kubelint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the manifest files of a module: the source directories that exist, each expanded with Ant-style include
 * and exclude patterns by plexus-utils' {@link DirectoryScanner}, the matcher Maven's own plugins use ({@code **}
 * any number of folders, {@code *} part of a name, {@code ?} one character; patterns are relative to the source
 * directory). Version-control folders such as {@code .git} are always excluded (the scanner's default excludes).
 */
final class ManifestFiles {

  /** Where a module keeps its manifests when {@code sourceDirectories} is not configured, relative to its basedir. */
  static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/k8s", "src/main/kubernetes",
      "src/main/resources/k8s");

  /** The {@code includes} default. */
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

  private ManifestFiles() {
  }

  /**
   * The source directories to look in, in the given order: the configured ones, or {@link #DEFAULT_DIRECTORIES}
   * when none are configured; absolute and normalised, relative ones resolved against {@code basedir}.
   *
   * @param basedir the module's basedir
   * @param configured the configured directories, or {@code null} or empty for the defaults
   */
  static List<Path> candidates(Path basedir, List<File> configured) {
    List<Path> dirs = configured == null || configured.isEmpty()
        ? DEFAULT_DIRECTORIES.stream().map(basedir::resolve).toList()
        : configured.stream().map(f -> basedir.resolve(f.toPath())).toList();
    return dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
  }

  /**
   * The {@link #candidates} that exist, in order, each once. Directories that do not exist are left out: a module
   * without manifests has nothing to lint.
   *
   * @throws MojoExecutionException when a path exists but is not a directory, or cannot be read
   */
  static List<Path> existingDirectories(List<Path> candidates) throws MojoExecutionException {
    List<Path> existing = new ArrayList<>();
    for (Path dir : candidates) {
      if (!Files.exists(dir) || existing.contains(dir)) {
        continue;
      }
      checkReadableDirectory(dir);
      existing.add(dir);
    }
    return existing;
  }

  /**
   * The files below {@code directories} that match an include pattern and no exclude pattern: absolute, sorted,
   * each once (also when source directories nest).
   *
   * @param includes Ant-style patterns; {@code null} or empty means {@link #DEFAULT_INCLUDES}
   * @param excludes Ant-style patterns; may be {@code null}
   * @throws MojoExecutionException when a folder below a source directory cannot be read
   */
  static List<Path> scan(List<Path> directories, List<String> includes, List<String> excludes)
      throws MojoExecutionException {
    List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    TreeSet<Path> files = new TreeSet<>();
    for (Path dir : directories) {
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(dir.toFile());
      scanner.setIncludes(patterns(in));
      scanner.setExcludes(excludes == null ? null : patterns(excludes));
      scanner.addDefaultExcludes();
      scanner.scan();
      // the scanner skips folders it cannot list without a word; say so instead of linting fewer files
      for (String sub : scanner.getIncludedDirectories()) {
        checkReadableDirectory(dir.resolve(sub));
      }
      for (String sub : scanner.getNotIncludedDirectories()) {
        checkReadableDirectory(dir.resolve(sub));
      }
      for (String file : scanner.getIncludedFiles()) {
        files.add(dir.resolve(file).normalize());
      }
    }
    return List.copyOf(files);
  }

  private static String[] patterns(List<String> list) {
    return list.stream().map(String::trim).filter(p -> !p.isEmpty()).toArray(String[]::new);
  }

  private static void checkReadableDirectory(Path dir) throws MojoExecutionException {
    if (!Files.isDirectory(dir)) {
      throw new MojoExecutionException("kubelint: source directory " + dir + " is not a directory");
    }
    if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
      throw new MojoExecutionException("kubelint: cannot read directory " + dir + ": permission denied");
    }
  }
}
