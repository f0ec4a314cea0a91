package io.kubelint.rules.sim;

import io.kubelint.core.k8s.PodTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What the user tells the simulator about a program that the manifest cannot show: hints on the pod template's
 * annotations, or the {@code simulate} command's flags of the same names. A hint's value is a list separated by
 * commas of {@code VALUE} (for every container) and {@code CONTAINER=VALUE} (for one container), such as
 * {@code 60} or {@code 60, worker=5}. Flags override annotations.
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

    private boolean isSeconds() {
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
   * A hint that cannot be read.
   *
   * @param key which hint
   * @param at pointer of the annotation, or {@code null} for a flag
   * @param message what is wrong, as a clause
   */
  public record Problem(Key key, JsonPointer at, String message) {
  }

  /** No hints at all. */
  public static final Hints NONE = new Hints(new EnumMap<>(Key.class));

  /** Per key: container name ({@code ""} for all containers) to value. */
  private final Map<Key, Map<String, Value>> values;

  private Hints(Map<Key, Map<String, Value>> values) {
    this.values = values;
  }

  /**
   * The hints of a pod template's annotations; problems go to {@code problems}, and the hint they are in is
   * ignored.
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
        problems.add(new Problem(key, at, "the value must be a string"));
        continue;
      }
      parseInto(key, node.asString(), key.annotation(), at, values, problems);
    }
    return new Hints(values);
  }

  /**
   * The hints given as flags.
   *
   * @param flags per key, the values as given (each a list as described above)
   * @throws IllegalArgumentException when one cannot be read, naming the flag
   */
  public static Hints fromFlags(Map<Key, List<String>> flags) {
    Map<Key, Map<String, Value>> values = new EnumMap<>(Key.class);
    List<Problem> problems = new ArrayList<>();
    flags.forEach((key, list) -> list.forEach(text ->
        parseInto(key, text, "--" + key.flag(), null, values, problems)));
    if (!problems.isEmpty()) {
      Problem p = problems.get(0);
      throw new IllegalArgumentException("--" + p.key().flag() + ": " + p.message());
    }
    return new Hints(values);
  }

  private static void parseInto(Key key, String text, String source, JsonPointer at,
                                Map<Key, Map<String, Value>> values, List<Problem> problems) {
    Map<String, Value> parsed = new HashMap<>();
    for (String item : text.split(",", -1)) {
      String part = item.strip();
      int eq = part.indexOf('=');
      String container = eq < 0 ? "" : part.substring(0, eq).strip();
      String number = eq < 0 ? part : part.substring(eq + 1).strip();
      if (eq >= 0 && container.isEmpty()) {
        problems.add(new Problem(key, at, "\"" + part + "\" names no container before ="));
        return;
      }
      Long value = parse(key, number);
      if (value == null) {
        problems.add(new Problem(key, at, "\"" + part + "\" is not " + (key.isSeconds()
            ? "a number of seconds (such as 60 or 2.5) or CONTAINER=SECONDS"
            : "an exit code from 0 to 255 or CONTAINER=CODE")));
        return;
      }
      parsed.put(container, new Value(value, source, at));
    }
    values.computeIfAbsent(key, k -> new HashMap<>()).putAll(parsed);
  }

  private static Long parse(Key key, String number) {
    if (key.isSeconds()) {
      if (!number.matches("\\d{1,7}(\\.\\d{1,3})?")) {
        return null;
      }
      return new BigDecimal(number).movePointRight(3).longValueExact();
    }
    if (!number.matches("\\d{1,3}") || Integer.parseInt(number) > 255) {
      return null;
    }
    return Long.parseLong(number);
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
