package io.kubelint.cli;

import io.kubelint.core.report.ReportFile;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The command's standard output, remembering why writing to it failed. picocli prints through a {@link PrintWriter},
 * which swallows every {@link IOException} (a full disk, {@code > /dev/full}, a closed stdout, a reader that went
 * away); this writer keeps the first one, so that {@link KubelintCommand#execute} can name it and exit with 2.
 */
final class StandardOutput extends Writer {

  private final Writer out;
  private IOException failure;

  /** The process's stdout, as UTF-8, like every report kubelint writes. */
  static StandardOutput process() {
    return new StandardOutput(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), 1 << 16));
  }

  /** Writes to {@code out} (tests give a {@link java.io.StringWriter} or a writer that fails). */
  StandardOutput(Writer out) {
    this.out = out;
  }

  /** Why a write or flush failed, in a few words; empty while every write succeeded. */
  synchronized Optional<String> failure() {
    return Optional.ofNullable(failure).map(ReportFile::reason);
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) throws IOException {
    try {
      out.write(chars, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
