package io.kubelint.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file so that readers only ever see a whole report: the report goes to a new temporary file in the
 * target's folder ({@code .NAME.PID.RANDOM.tmp}), which is then renamed over the target in one step. Two runs
 * writing the same file leave one whole report (the later one), and a run that is stopped (SIGINT, SIGTERM) or fails
 * while writing leaves the previous report as it was; the temporary file is removed on failure and when the JVM is
 * stopped.
 *
 * <p>Folders are never created: a missing folder is an error, as for {@code >} in a shell. A symbolic link is written
 * through (the file it leads to is replaced, the link stays), and a target that is not a regular file, such as
 * {@code /dev/stdout} or a named pipe, is written in place, as there is no file to replace; so is a file that may be
 * written in a folder that may not. A report that replaces an existing file keeps that file's POSIX permissions; a
 * new one gets the permissions any new file gets (the umask).
 */
public final class ReportFile {

  /** Writes the report's text. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes everything to {@code out}.
     *
     * @throws IOException when writing fails
     */
    void write(Writer out) throws IOException;
  }

  private ReportFile() {
  }

  /**
   * Writes {@code body} to {@code target} as UTF-8, replacing the file in one step.
   *
   * @param target the report file, relative to the working directory or absolute
   * @throws IOException when the folder does not exist or is not a folder, the file cannot be created, written or
   *     renamed, or {@code body} fails; {@link #reason(IOException)} turns it into a few words
   */
  public static void write(Path target, Body body) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // a device or a pipe (also through a link, as /dev/stdout is): nothing to replace
      try (Writer out = writer(target, StandardOpenOption.WRITE)) {
        body.write(out);
      }
      return;
    }
    Path file = target.toAbsolutePath();
    if (Files.exists(file)) {
      file = file.toRealPath(); // through links: the file they lead to is replaced, the links stay
    }
    for (int links = 0; links < 40 && Files.isSymbolicLink(file); links++) {
      file = file.resolveSibling(Files.readSymbolicLink(file)); // a link to a file still to be written
    }
    Path folder = file.getParent();
    if (!Files.exists(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no such directory: " + parentName(target));
    }
    if (!Files.isDirectory(folder)) {
      throw new FileSystemException(folder.toString(), null, parentName(target) + " is not a directory");
    }
    Path temporary;
    try {
      temporary = createTemporary(file);
    } catch (AccessDeniedException e) {
      if (!Files.isWritable(file)) {
        throw e;
      }
      // a file that may be written in a folder that may not: in place, as there is no other way
      try (Writer out = writer(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        body.write(out);
      }
      return;
    }
    try {
      temporary.toFile().deleteOnExit();
      keepPermissions(file, temporary);
      try (Writer out = writer(temporary, StandardOpenOption.WRITE)) {
        body.write(out);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Why a report could not be written, in a few words without Java class names: {@code permission denied},
   * {@code no such directory: reports}, {@code no space left on device}, {@code is a directory}.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way of the folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return lowerFirst(fse.getReason());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : lowerFirst(e.getMessage());
  }

  private static String lowerFirst(String text) {
    String t = text.strip();
    return t.isEmpty() ? t : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
  }

  /** The folder part of the path as the user wrote it. */
  private static String parentName(Path target) {
    Path parent = target.getParent();
    return parent == null ? target.toAbsolutePath().getParent().toString() : parent.toString();
  }

  private static Writer writer(Path file, StandardOpenOption... options) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, options), StandardCharsets.UTF_8));
  }

  /** A new empty file beside {@code file}, created with the permissions new files get. */
  private static Path createTemporary(Path file) throws IOException {
    String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".";
    while (true) {
      Path candidate = file.resolveSibling(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        // another writer picked the same name: pick another
      }
    }
  }

  /** Gives the new file the POSIX permissions of the file it replaces, where there is one. */
  private static void keepPermissions(Path file, Path temporary) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null || !Files.exists(file)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the report is still written, with the permissions new files get
    }
  }
}
