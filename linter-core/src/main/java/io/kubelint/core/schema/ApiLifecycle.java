package io.kubelint.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of deprecated and retired Kubernetes APIs: which apiVersion/kinds were deprecated, the release that
 * stopped (or will stop) serving them, and what replaces them. Read from the bundled table {@value #RESOURCE}, whose
 * header names its sources: the Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/) and the API lifecycle tags of
 * {@code k8s.io/api} that the API server's deprecation warnings are made from. An entry may be deprecated without a
 * scheduled removal (a GA API such as {@code v1 Endpoints}, which the deprecation policy keeps serving), or be
 * removed only in a release after the supported ones. Immutable and thread-safe.
 */
public final class ApiLifecycle {

  /** Classpath resource of the bundled table. */
  public static final String RESOURCE = "kubelint/api-lifecycle.tsv";

  private static final int COLUMNS = 7;

  /**
   * What to move to from a retired apiVersion/kind.
   *
   * @param apiVersion {@code group/version}, e.g. {@code discovery.k8s.io/v1}
   * @param kind the kind under it; usually the retired kind itself, another one when the API was redesigned
   *     ({@code v1 Endpoints} → {@code discovery.k8s.io/v1 EndpointSlice})
   */
  public record Replacement(String apiVersion, String kind) {

    /** {@code batch/v1} for the same kind as {@code from}, {@code discovery.k8s.io/v1 EndpointSlice} otherwise. */
    public String display(String from) {
      return kind.equals(from) ? apiVersion : apiVersion + " " + kind;
    }
  }

  /**
   * One deprecated or retired apiVersion/kind.
   *
   * @param apiVersion {@code group/version}, e.g. {@code batch/v1beta1}
   * @param kind e.g. {@code CronJob}
   * @param deprecatedIn the first Kubernetes minor that marked it deprecated; empty when no source gives one
   * @param removedIn the first Kubernetes minor that no longer serves it (possibly one after every supported
   *     version); empty when no release is scheduled to remove it
   * @param replacements what to move to, most preferred first; empty when no API replaces it
   * @param dropIn whether changing the apiVersion alone gives an equivalent object
   * @param note what else changes with the move; empty when nothing does
   */
  public record Entry(String apiVersion, String kind, Optional<KubernetesVersion> deprecatedIn,
                      Optional<KubernetesVersion> removedIn, List<Replacement> replacements, boolean dropIn,
                      String note) {

    /** Copies the list. */
    public Entry {
      replacements = List.copyOf(replacements);
    }

    /** {@code batch/v1beta1 CronJob}. */
    public String display() {
      return apiVersion + " " + kind;
    }

    /** Whether {@code version} no longer serves it (it is {@link #removedIn} or later). */
    public boolean removedBy(KubernetesVersion version) {
      return removedIn.isPresent() && version.compareTo(removedIn.get()) >= 0;
    }

    /** Whether {@code version} still serves it but marks it deprecated. */
    public boolean deprecatedAt(KubernetesVersion version) {
      return deprecatedIn.isPresent() && version.compareTo(deprecatedIn.get()) >= 0 && !removedBy(version);
    }

    /** The most preferred replacement that {@code schemas} serves, if any. */
    public Optional<Replacement> replacementServedBy(SchemaSet schemas) {
      return replacements.stream().filter(r -> schemas.resource(r.apiVersion(), r.kind()).isPresent()).findFirst();
    }
  }

  private final Map<String, Entry> entries;

  private ApiLifecycle(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Reads the bundled table.
   *
   * @throws UncheckedIOException when {@value #RESOURCE} is missing from the class path or unreadable
   * @throws IllegalArgumentException when a line of it is malformed (see {@link #parse})
   */
  public static ApiLifecycle bundled() {
    try (InputStream in = ApiLifecycle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + RESOURCE + " is missing"));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a table: one entry per line, seven tab-separated columns (apiVersion, kind, deprecated, removed,
   * replacement, drop-in, note; see the header of {@value #RESOURCE}); blank lines and lines starting with
   * {@code #} are skipped. A replacement is {@code group/version} (same kind) or {@code group/version Kind}.
   *
   * @param source name used in error messages
   * @throws IllegalArgumentException naming {@code source:line} when a line has the wrong number of columns, a
   *     version is malformed, deprecated and removed are both {@code -}, deprecated is not before removed, drop-in
   *     is neither yes nor no, a drop-in entry has no replacement or one of another kind, a replacement is
   *     malformed, or an apiVersion/kind occurs twice
   */
  public static ApiLifecycle parse(String text, String source) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      try {
        Entry entry = entry(lines[i].split("\t", -1));
        if (entries.putIfAbsent(ResourceType.key(entry.apiVersion(), entry.kind()), entry) != null) {
          throw new IllegalArgumentException(entry.display() + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    return new ApiLifecycle(Collections.unmodifiableMap(entries));
  }

  private static Entry entry(String[] cells) {
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + cells.length);
    }
    String apiVersion = cells[0].strip();
    String kind = cells[1].strip();
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      throw new IllegalArgumentException("apiVersion and kind must not be empty");
    }
    Optional<KubernetesVersion> deprecated = version(cells[2]);
    Optional<KubernetesVersion> removed = version(cells[3]);
    if (deprecated.isEmpty() && removed.isEmpty()) {
      throw new IllegalArgumentException("deprecated and removed cannot both be -");
    }
    if (deprecated.isPresent() && removed.isPresent() && deprecated.get().compareTo(removed.get()) >= 0) {
      throw new IllegalArgumentException("deprecated " + deprecated.get() + " is not before removed "
          + removed.get());
    }
    List<Replacement> replacements = cells[4].strip().equals("-")
        ? List.of() : Arrays.stream(cells[4].split(",")).map(r -> replacement(r, kind)).toList();
    boolean dropIn = switch (cells[5].strip()) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException("drop-in must be yes or no, not '" + cells[5] + "'");
    };
    if (dropIn && replacements.isEmpty()) {
      throw new IllegalArgumentException("a drop-in entry needs a replacement");
    }
    if (dropIn && replacements.stream().anyMatch(r -> !r.kind().equals(kind))) {
      throw new IllegalArgumentException("a drop-in entry cannot be replaced by another kind");
    }
    return new Entry(apiVersion, kind, deprecated, removed, replacements, dropIn, cells[6].strip());
  }

  private static Optional<KubernetesVersion> version(String cell) {
    return cell.strip().equals("-") ? Optional.empty() : Optional.of(KubernetesVersion.parse(cell));
  }

  private static Replacement replacement(String cell, String kind) {
    String[] words = cell.strip().split(" +");
    if (words[0].isEmpty() || words.length > 2) {
      throw new IllegalArgumentException("a replacement is 'group/version' or 'group/version Kind', not '"
          + cell.strip() + "'");
    }
    return new Replacement(words[0], words.length == 2 ? words[1] : kind);
  }

  /** The entry of that apiVersion and kind, if the table has one. */
  public Optional<Entry> find(String apiVersion, String kind) {
    return Optional.ofNullable(entries.get(ResourceType.key(apiVersion, kind)));
  }

  /** All entries, in the order of the table. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
