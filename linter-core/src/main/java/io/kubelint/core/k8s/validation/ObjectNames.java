package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Object names ({@code metadata.name} and {@code metadata.generateName}) by kind, as the API server checks them on
 * create.
 *
 * <p>Each kind validates its name with one of the name functions of
 * {@code staging/src/k8s.io/apimachinery/pkg/api/validation/generic.go} ({@code NameIsDNSSubdomain},
 * {@code NameIsDNSLabel}, {@code NameIsDNS1035Label}); kinds whose own validation names none of them (custom
 * resources, PodDisruptionBudget, the RBAC kinds) get the generic check that {@code BeforeCreate} in
 * {@code staging/src/k8s.io/apiserver/pkg/registry/rest/create.go} runs for every object, the path segment rule of
 * {@code IsPathSegmentName} / {@code IsPathSegmentPrefix} in
 * {@code staging/src/k8s.io/apimachinery/pkg/api/validate/content/path.go}. {@code docs/api-validation.md} lists
 * where each kind's function is chosen.
 *
 * <p>{@code generateName} is checked as a prefix: the DNS rules then accept a trailing {@code -} (upstream's
 * {@code maskTrailingDash} replaces the last two characters by {@code a} before checking), and the path segment rule
 * does not refuse {@code .} and {@code ..}. The server appends {@link #GENERATED_SUFFIX_LENGTH} random characters
 * to at most {@link #MAX_GENERATED_PREFIX_LENGTH} characters of the prefix ({@code SimpleNameGenerator} in
 * {@code staging/src/k8s.io/apiserver/pkg/storage/names/generate.go}).
 */
public final class ObjectNames {

  /** The most characters of {@code generateName} the generated name keeps. */
  public static final int MAX_GENERATED_PREFIX_LENGTH = 58;
  /** The number of random characters appended to {@code generateName}. */
  public static final int GENERATED_SUFFIX_LENGTH = 5;
  /** The message when neither {@code name} nor {@code generateName} is set. */
  public static final String NAME_REQUIRED = "name or generateName is required";

  /** A rule for names. */
  public enum NameRule {
    /** {@code NameIsDNSSubdomain}: an RFC 1123 subdomain of at most 253 characters. */
    DNS_SUBDOMAIN,
    /** {@code NameIsDNSLabel}: an RFC 1123 label of at most 63 characters. */
    DNS_LABEL,
    /** {@code NameIsDNS1035Label}: an RFC 1035 label (starting with a letter) of at most 63 characters. */
    DNS1035_LABEL,
    /** {@code IsPathSegmentName}: not {@code .} or {@code ..}, no {@code /} or {@code %}; any length. */
    PATH_SEGMENT;

    /**
     * What is wrong with a name under this rule.
     *
     * @param prefix whether it is a {@code generateName} (a prefix the server completes)
     */
    public List<String> check(String name, boolean prefix) {
      return switch (this) {
        case DNS_SUBDOMAIN -> DnsNames.checkSubdomain(prefix ? maskTrailingDash(name) : name);
        case DNS_LABEL -> DnsNames.checkLabel(prefix ? maskTrailingDash(name) : name);
        case DNS1035_LABEL -> DnsNames.checkDns1035Label(prefix ? maskTrailingDash(name) : name);
        case PATH_SEGMENT -> prefix ? pathSegmentPrefix(name) : pathSegment(name);
      };
    }
  }

  /** Kinds whose name rule is not the generic path segment rule, keyed {@code group/kind}. */
  private static final Map<String, NameRule> RULES = Map.ofEntries(
      // pkg/apis/core/validation/validation.go
      Map.entry("/Pod", NameRule.DNS_SUBDOMAIN),
      Map.entry("/PodTemplate", NameRule.DNS_SUBDOMAIN),
      Map.entry("/ReplicationController", NameRule.DNS_SUBDOMAIN),
      Map.entry("/Service", NameRule.DNS1035_LABEL),
      Map.entry("/Node", NameRule.DNS_SUBDOMAIN),
      Map.entry("/Namespace", NameRule.DNS_LABEL),
      Map.entry("/LimitRange", NameRule.DNS_SUBDOMAIN),
      Map.entry("/ResourceQuota", NameRule.DNS_SUBDOMAIN),
      Map.entry("/Secret", NameRule.DNS_SUBDOMAIN),
      Map.entry("/ConfigMap", NameRule.DNS_SUBDOMAIN),
      Map.entry("/ServiceAccount", NameRule.DNS_SUBDOMAIN),
      Map.entry("/Endpoints", NameRule.DNS_SUBDOMAIN),
      Map.entry("/PersistentVolume", NameRule.DNS_SUBDOMAIN),
      Map.entry("/PersistentVolumeClaim", NameRule.DNS_SUBDOMAIN),
      // pkg/apis/apps/validation/validation.go
      Map.entry("apps/Deployment", NameRule.DNS_SUBDOMAIN),
      Map.entry("apps/ReplicaSet", NameRule.DNS_SUBDOMAIN),
      Map.entry("apps/DaemonSet", NameRule.DNS_SUBDOMAIN),
      Map.entry("apps/StatefulSet", NameRule.DNS_LABEL),
      Map.entry("apps/ControllerRevision", NameRule.DNS_SUBDOMAIN),
      // pkg/apis/batch/validation/validation.go: the ReplicationController rule
      Map.entry("batch/Job", NameRule.DNS_SUBDOMAIN),
      Map.entry("batch/CronJob", NameRule.DNS_SUBDOMAIN),
      // pkg/apis/networking/validation/validation.go
      Map.entry("networking.k8s.io/NetworkPolicy", NameRule.DNS_SUBDOMAIN),
      Map.entry("networking.k8s.io/Ingress", NameRule.DNS_SUBDOMAIN),
      Map.entry("networking.k8s.io/IngressClass", NameRule.DNS_SUBDOMAIN),
      // pkg/apis/autoscaling/validation/validation.go: the ReplicationController rule
      Map.entry("autoscaling/HorizontalPodAutoscaler", NameRule.DNS_SUBDOMAIN),
      // pkg/apis/storage/validation/validation.go
      Map.entry("storage.k8s.io/StorageClass", NameRule.DNS_SUBDOMAIN),
      // ValidatePriorityClassName and ValidateRuntimeClassName in pkg/apis/core/validation/validation.go
      Map.entry("scheduling.k8s.io/PriorityClass", NameRule.DNS_SUBDOMAIN),
      Map.entry("node.k8s.io/RuntimeClass", NameRule.DNS_SUBDOMAIN));

  /**
   * Kinds with a shorter limit than their rule's: a CronJob's name is at most 52 characters (the controller appends
   * an 11-character suffix to name its Jobs; {@code ValidateCronJob}); a Job's at most 63 (the
   * {@code job-name} and {@code batch.kubernetes.io/job-name} labels the server adds to its pod template carry the
   * name, and label values are at most 63 characters).
   */
  private static final Map<String, Integer> MAX_LENGTHS = Map.of("batch/CronJob", 52, "batch/Job", 63);

  private ObjectNames() {
  }

  /**
   * The name rule of a kind: {@link NameRule#PATH_SEGMENT} for the kinds (and custom resources) whose own
   * validation does not name a stricter one. For {@code Service}, the {@code RelaxedServiceNameValidation} feature
   * (alpha in 1.34, off by default) allows a DNS label instead; this returns the default rule.
   *
   * @param group the API group, {@code ""} for the core group
   */
  public static NameRule ruleFor(String group, String kind) {
    return RULES.getOrDefault(group + "/" + kind, NameRule.PATH_SEGMENT);
  }

  /** A kind's limit on the length of its name beyond its rule's (CronJob 52, Job 63), if it has one. */
  public static OptionalInt maxLength(String group, String kind) {
    Integer max = MAX_LENGTHS.get(group + "/" + kind);
    return max == null ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * What is wrong with {@code metadata.name} of a kind: its rule and its length limit. An empty name is
   * {@link #NAME_REQUIRED} unless {@code generateName} is set (call with {@code hasGenerateName}).
   */
  public static List<String> checkName(String group, String kind, String name, boolean hasGenerateName) {
    if (name.isEmpty()) {
      return hasGenerateName ? List.of() : List.of(NAME_REQUIRED);
    }
    List<String> errors = new ArrayList<>(ruleFor(group, kind).check(name, false));
    OptionalInt max = maxLength(group, kind);
    if (max.isPresent() && Explain.longerThan(name, max.getAsInt()) && errors.stream()
        .noneMatch(e -> e.startsWith("must be no more than"))) {
      errors.add(Explain.tooLong(max.getAsInt(), name));
    }
    return errors;
  }

  /**
   * What is wrong with {@code metadata.generateName} of a kind: its rule as a prefix, and, for the kinds with a
   * length limit of their own, whether the generated name can exceed it.
   */
  public static List<String> checkGenerateName(String group, String kind, String generateName) {
    List<String> errors = new ArrayList<>(ruleFor(group, kind).check(generateName, true));
    OptionalInt max = maxLength(group, kind);
    int generated = generatedNameLength(generateName);
    if (max.isPresent() && generated > max.getAsInt()) {
      errors.add("must be no more than " + (max.getAsInt() - GENERATED_SUFFIX_LENGTH) + " characters, as the "
          + GENERATED_SUFFIX_LENGTH + " random characters the server appends would make the name longer than "
          + max.getAsInt());
    }
    return errors;
  }

  /** The length of the names the server generates from this prefix: at most 58 of its characters, plus 5. */
  public static int generatedNameLength(String generateName) {
    return Math.min(generateName.length(), MAX_GENERATED_PREFIX_LENGTH) + GENERATED_SUFFIX_LENGTH;
  }

  /**
   * {@code maskTrailingDash}: a prefix ending in {@code -} is checked with its last two characters replaced by
   * {@code a} (upstream drops two characters, not one). A lone {@code -} is checked as it is.
   */
  static String maskTrailingDash(String name) {
    if (name.length() > 1 && name.endsWith("-")) {
      return name.substring(0, name.length() - 2) + "a";
    }
    return name;
  }

  /** {@code IsPathSegmentName}: not {@code .} or {@code ..}, then {@link #pathSegmentPrefix}. */
  public static List<String> pathSegment(String name) {
    if (name.equals(".") || name.equals("..")) {
      return List.of("may not be '" + name + "'");
    }
    return pathSegmentPrefix(name);
  }

  /** {@code IsPathSegmentPrefix}: no {@code /} and no {@code %} (any length, empty included). */
  public static List<String> pathSegmentPrefix(String name) {
    List<String> errors = new ArrayList<>();
    if (name.contains("/")) {
      errors.add("may not contain '/'");
    }
    if (name.contains("%")) {
      errors.add("may not contain '%'");
    }
    return errors;
  }
}
