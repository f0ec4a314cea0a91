package io.kubelint.core.lint;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Expands a path given on the command line into the manifest files to read: a file as it is, a folder recursively
 * (sorted, skipping hidden folders such as {@code .git}) for {@code *.yaml}, {@code *.yml} and {@code *.json}.
 * Symbolic links are followed, to files and to folders, as {@code kubectl apply -R -f} does; a folder link that
 * leads back to a folder that contains it (a loop) and a manifest-named link that leads nowhere are reported as
 * inputs that cannot be read.
 */
final class InputFiles {

  private InputFiles() {
  }

  static boolean isManifestName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** Files under {@code path}; problems go to {@code errors}. */
  static List<Path> expand(Path path, List<InputError> errors) {
    List<Path> files = new ArrayList<>();
    if (!Files.exists(path)) {
      errors.add(new InputError(path.toString(), Files.isSymbolicLink(path) ? dangling(path)
          : "no such file or directory"));
      return files;
    }
    if (!Files.isDirectory(path)) {
      files.add(path);
      return files;
    }
    try {
      Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean hidden = !dir.equals(path) && dir.getFileName().toString().startsWith(".");
              return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isManifestName(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // following links, only a link whose target cannot be read is seen as a link
                errors.add(new InputError(file.toString(), dangling(file)));
              } else if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(new InputError(file.toString(), e instanceof FileSystemLoopException
                  ? "symbolic link loop: it leads back to a folder that contains it" : reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new InputError(path.toString(), reason(e)));
    }
    files.sort(null);
    return files;
  }

  /** Why a symbolic link that leads nowhere cannot be read. */
  private static String dangling(Path link) {
    try {
      return "symbolic link to " + Files.readSymbolicLink(link) + ", which does not exist";
    } catch (IOException e) {
      return "symbolic link that cannot be followed";
    }
  }

  /** A few words for an I/O failure, without Java class names. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    if (message != null && e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
