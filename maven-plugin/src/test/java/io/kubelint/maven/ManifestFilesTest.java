package io.kubelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFilesTest {

  @TempDir
  Path module;

  private Path touch(String relative) throws IOException {
    Path file = module.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    return file;
  }

  private static List<Path> existing(Path basedir, List<File> configured) throws MojoExecutionException {
    return ManifestFiles.existingDirectories(ManifestFiles.candidates(basedir, configured));
  }

  private List<String> names(List<Path> files) {
    return files.stream().map(f -> module.relativize(f).toString().replace(File.separatorChar, '/')).toList();
  }

  @Test
  void defaultDirectoriesThatExistInTheirOrder() throws Exception {
    Files.createDirectories(module.resolve("src/main/resources/k8s"));
    Files.createDirectories(module.resolve("src/main/k8s"));
    List<Path> dirs = existing(module, null);
    assertEquals(List.of(module.resolve("src/main/k8s"), module.resolve("src/main/resources/k8s")), dirs);
    assertEquals(List.of(), existing(module.resolve("src"), List.of()));
  }

  @Test
  void configuredDirectoriesAreRelativeToTheBasedir() throws Exception {
    Files.createDirectories(module.resolve("deploy"));
    List<Path> dirs = existing(module,
        List.of(new File("deploy"), new File("missing"), module.resolve("deploy").toFile()));
    assertEquals(List.of(module.resolve("deploy")), dirs);
  }

  @Test
  void aFileGivenAsSourceDirectoryIsAToolError() throws Exception {
    touch("deploy.yaml");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> existing(module, List.of(new File("deploy.yaml"))));
    assertTrue(e.getMessage().contains("deploy.yaml is not a directory"), e.getMessage());
  }

  @Test
  void defaultIncludesTakeYamlAndYmlAtAnyDepthButNotVersionControlFolders() throws Exception {
    touch("k8s/a.yaml");
    touch("k8s/b.yml");
    touch("k8s/c.json");
    touch("k8s/notes.txt");
    touch("k8s/overlays/prod/d.yaml");
    touch("k8s/.git/e.yaml");
    List<Path> files = ManifestFiles.scan(List.of(module.resolve("k8s")), null, null);
    assertEquals(List.of("k8s/a.yaml", "k8s/b.yml", "k8s/overlays/prod/d.yaml"), names(files));
  }

  @Test
  void includesAndExcludesAreAntPatterns() throws Exception {
    touch("k8s/a.yaml");
    touch("k8s/c.json");
    touch("k8s/templates/t.yaml");
    touch("k8s/overlays/templates/u.yaml");
    List<Path> dirs = List.of(module.resolve("k8s"));
    assertEquals(List.of("k8s/a.yaml", "k8s/overlays/templates/u.yaml"),
        names(ManifestFiles.scan(dirs, null, List.of("templates/**"))));
    assertEquals(List.of("k8s/a.yaml"), names(ManifestFiles.scan(dirs, null, List.of("**/templates/**"))));
    assertEquals(List.of("k8s/a.yaml", "k8s/c.json"),
        names(ManifestFiles.scan(dirs, List.of("*.yaml", " *.json "), List.of())));
  }

  @Test
  void nestedSourceDirectoriesListEachFileOnce() throws Exception {
    touch("k8s/a.yaml");
    touch("k8s/base/b.yaml");
    List<Path> files = ManifestFiles.scan(List.of(module.resolve("k8s"), module.resolve("k8s/base")), null, null);
    assertEquals(List.of("k8s/a.yaml", "k8s/base/b.yaml"), names(files));
  }
}
