package io.kubelint.rules.sim;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.text.FieldPaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What the user tells the simulator about a program that the manifest cannot show: hints on the pod template's
 * annotations, or the {@code simulate} command's flags of the same names. A hint's value is a list separated by
 * commas of {@code VALUE} (for every container) and {@code CONTAINER=VALUE} (for one container), such as
 * {@code 60} or {@code 60, worker=5}; the seconds hints also take a Go duration ({@code 90s}, {@code 1m30s}), the
 * syntax of {@code simulate --for}. Flags override annotations. Annotations are free-form for the API server
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/); these are kubelint's own, and
 * the simulator reads them only from the pod template's {@code metadata.annotations}.
 *
 * <p>Instances are immutable.
 */
public final class Hints {

  /** The three hints. */
  public enum Key {
    /** Seconds from the start until the process answers probes. */
    STARTUP_SECONDS("kubelint.io/startup-seconds", "startup-seconds"),
    /** Seconds from the start until the main process exits on its own. */
    RUN_SECONDS("kubelint.io/run-seconds", "run-seconds"),
    /** The exit code it then ends with (0–255; default 0). */
    EXIT_CODE("kubelint.io/exit-code", "exit-code");

    private final String annotation;
    private final String flag;

    Key(String annotation, String flag) {
      this.annotation = annotation;
      this.flag = flag;
    }

    /** The annotation key, {@code kubelint.io/startup-seconds}. */
    public String annotation() {
      return annotation;
    }

    /** The flag name without dashes, {@code startup-seconds}. */
    public String flag() {
      return flag;
    }

    boolean isSeconds() {
      return this != EXIT_CODE;
    }
  }

  /**
   * One hint for one container (or all).
   *
   * @param value milliseconds for the seconds hints, the code for {@link Key#EXIT_CODE}
   * @param source how the user wrote it: the annotation key or {@code --flag}
   * @param at pointer of the annotation inside the object, or {@code null} for a flag
   */
  public record Value(long value, String source, JsonPointer at) {
  }

  /**
   * A hint the simulator cannot use, or cannot use fully.
   *
   * @param kind what is wrong
   * @param at pointer of the annotation, or {@code null} for a flag
   * @param message what is wrong, as a sentence that names the annotation or flag
   * @param help what to do instead
   */
  public record Problem(Kind kind, JsonPointer at, String message, String help) {

    /** The kinds of problem. */
    public enum Kind {
      /** The value cannot be read, or is out of range: the whole hint is ignored. */
      UNREADABLE,
      /** The same container (or all containers) is named twice: the last value is used. */
      DUPLICATE,
      /** A {@code CONTAINER=VALUE} item names no container of the pod: that item is ignored. */
      UNKNOWN_CONTAINER,
      /** An exit code for a container that has no run-seconds hint: it has no effect. */
      NO_RUN_SECONDS,
      /** A hint annotation on the workload's own metadata (or a CronJob's job template): it is ignored. */
      MISPLACED
    }
  }

  /** No hints at all. */
  public static final Hints NONE = new Hints(new EnumMap<>(Key.class));

  /** Per key: container name ({@code ""} for all containers) to value. */
  private final Map<Key, Map<String, Value>> values;

  private Hints(Map<Key, Map<String, Value>> values) {
    this.values = values;
  }

  /**
   * The hints of a pod template's annotations; problems go to {@code problems}: a hint that cannot be read is
   * ignored, of a container named twice the last value is used.
   */
  public static Hints fromAnnotations(PodTemplate pod, List<Problem> problems) {
    Map<Key, Map<String, Value>> values = new EnumMap<>(Key.class);
    JsonNode annotations = pod.metadata().path("annotations");
    for (Key key : Key.values()) {
      JsonNode node = annotations.path(key.annotation());
      if (node.isMissingNode()) {
        continue;
      }
      JsonPointer at = pod.metadataPath().appendProperty("annotations").appendProperty(key.annotation());
      if (!node.isString()) {
        problems.add(HintText.unreadable(key, key.annotation(), at, "the value must be a string"));
        continue;
      }
      HintText.parseInto(key, node.asString(), key.annotation(), at, values, problems);
    }
    return new Hints(values);
  }

  /**
   * The hints given as flags.
   *
   * @param flags per key, the values as given (each a list as described above; a flag may be repeated)
   * @param warnings where the problems that do not stop the run go (a container named twice)
   * @throws IllegalArgumentException when a value cannot be read or is out of range: {@code --flag: why}
   */
  public static Hints fromFlags(Map<Key, List<String>> flags, List<Problem> warnings) {
    Map<Key, Map<String, Value>> values = new EnumMap<>(Key.class);
    List<Problem> problems = new ArrayList<>();
    flags.forEach((key, list) -> list.forEach(text ->
        HintText.parseInto(key, text, "--" + key.flag(), null, values, problems)));
    for (Problem p : problems) {
      if (p.kind() == Problem.Kind.UNREADABLE) {
        throw new IllegalArgumentException(p.message());
      }
    }
    warnings.addAll(problems);
    return new Hints(values);
  }

  /**
   * The {@code kubelint.io/…} annotations on the metadata of the workload itself, or of a CronJob's job template:
   * the simulator ignores them, since it reads hints from the pod template's annotations only.
   */
  public static List<Problem> misplaced(PodTemplate pod) {
    List<Problem> out = new ArrayList<>();
    JsonNode object = pod.owner().json();
    String target = FieldPaths.dotted(object, pod.metadataPath().appendProperty("annotations"));
    for (JsonPointer p = pod.path().head(); p != null; p = p.head()) {
      JsonPointer annotations = p.appendProperty("metadata").appendProperty("annotations");
      JsonNode node = pod.owner().at(annotations);
      for (Key key : Key.values()) {
        if (node.isObject() && node.has(key.annotation())) {
          out.add(new Problem(Problem.Kind.MISPLACED, annotations.appendProperty(key.annotation()),
              key.annotation() + " on " + (p.matches() ? "the " + pod.workload().kind() + "'s own metadata"
                  : FieldPaths.dotted(object, p.appendProperty("metadata"))) + " is ignored: the simulator reads "
                  + "hints only from the pod template; put it on " + target,
              "move the annotation to " + target));
        }
      }
    }
    return out;
  }

  /**
   * The values of these hints that have no effect on a pod with these containers (for flags: on any of the
   * simulated pods, whose containers are given together): an item naming a container the pod does not have, and an
   * exit code for a container without a run-seconds hint (for all containers: when none has one).
   */
  public List<Problem> unused(Collection<String> containers) {
    List<Problem> out = new ArrayList<>();
    values.forEach((key, byContainer) -> new TreeMap<>(byContainer).forEach((container, v) -> {
      if (!container.isEmpty() && !containers.contains(container)) {
        out.add(new Problem(Problem.Kind.UNKNOWN_CONTAINER, v.at(), v.source() + " names container "
            + container + (v.at() == null ? ", which no simulated pod has" : ", which the pod does not have")
            + "; that part of the hint is ignored",
            "use the name of one of the pod's containers: " + String.join(", ", containers.stream().sorted()
                .toList())));
      } else if (key == Key.EXIT_CODE && (container.isEmpty()
          ? containers.stream().allMatch(c -> get(Key.RUN_SECONDS, c).isEmpty()) && get(Key.RUN_SECONDS, "").isEmpty()
          : get(Key.RUN_SECONDS, container).isEmpty())) {
        String run = v.at() == null ? "--" + Key.RUN_SECONDS.flag() : Key.RUN_SECONDS.annotation();
        Problem p = new Problem(Problem.Kind.NO_RUN_SECONDS, v.at(), v.source() + " has no effect without "
            + run + (container.isEmpty() ? "" : " for container " + container) + ": the exit code is that of a "
            + "process that exits on its own", "add " + run + " with the seconds after which the process exits");
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }));
    return out;
  }

  /** These hints with {@code flags} taking precedence, container by container. */
  public Hints overriddenBy(Hints flags) {
    if (flags.values.isEmpty()) {
      return this;
    }
    Map<Key, Map<String, Value>> merged = new EnumMap<>(Key.class);
    values.forEach((k, v) -> merged.put(k, new HashMap<>(v)));
    flags.values.forEach((k, v) -> {
      Map<String, Value> target = merged.computeIfAbsent(k, x -> new HashMap<>());
      if (v.containsKey("")) {
        target.clear();
      }
      target.putAll(v);
    });
    return new Hints(merged);
  }

  /** The hint for a container: its own value, else the one for all containers. */
  public Optional<Value> get(Key key, String container) {
    Map<String, Value> forKey = values.get(key);
    if (forKey == null) {
      return Optional.empty();
    }
    Value own = forKey.get(container);
    return Optional.ofNullable(own != null ? own : forKey.get(""));
  }

  /** Whether there is no hint at all. */
  public boolean isEmpty() {
    return values.isEmpty();
  }
}
