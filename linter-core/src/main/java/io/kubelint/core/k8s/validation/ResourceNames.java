package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compute resource names ({@code cpu}, {@code memory}, {@code hugepages-2Mi}, {@code example.com/gpu}) and how the
 * API server treats them. Ports of {@code IsHugePageResourceName}, {@code HugePageSizeFromResourceName},
 * {@code IsStandardContainerResourceName}, {@code IsExtendedResourceName}, {@code IsNativeResource},
 * {@code IsOvercommitAllowed} and {@code IsIntegerResourceName} in {@code pkg/apis/core/helper/helpers.go}, and of
 * {@code validateContainerResourceName} in {@code pkg/apis/core/validation/validation.go} (kubernetes/kubernetes).
 */
public final class ResourceNames {

  /** The prefix of huge page resources: {@code hugepages-2Mi}. */
  public static final String HUGE_PAGES_PREFIX = "hugepages-";
  /** The prefix quota uses for requests, which extended resource names must not start with. */
  public static final String REQUESTS_PREFIX = "requests.";
  /** The namespace of native resources: a prefixed name containing it is native, not extended. */
  public static final String NATIVE_PREFIX = "kubernetes.io/";

  private static final Set<String> STANDARD_CONTAINER = Set.of("cpu", "memory", "ephemeral-storage");
  private static final Set<String> INTEGER = Set.of("pods", "resourcequotas",
      "services", "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "services.nodeports",
      "services.loadbalancers");
  private static final Set<String> BYTES = Set.of("memory", "ephemeral-storage", "storage");

  private ResourceNames() {
  }

  /** {@code IsHugePageResourceName}: starts with {@code hugepages-}. */
  public static boolean isHugePages(String name) {
    return name.startsWith(HUGE_PAGES_PREFIX);
  }

  /** {@code HugePageSizeFromResourceName}: the page size of {@code hugepages-<size>}, if it is a quantity. */
  public static Optional<Quantity> hugePageSize(String name) {
    return isHugePages(name) ? Quantity.tryParse(name.substring(HUGE_PAGES_PREFIX.length())) : Optional.empty();
  }

  /** {@code IsNativeResource}: unprefixed, or in the {@code kubernetes.io/} namespace. */
  public static boolean isNative(String name) {
    return !name.contains("/") || name.contains(NATIVE_PREFIX);
  }

  /**
   * {@code IsExtendedResourceName}: not native, not starting with {@code requests.}, and {@code requests.} plus the
   * name is a qualified name ({@code example.com/gpu}).
   */
  public static boolean isExtended(String name) {
    if (isNative(name) || name.startsWith(REQUESTS_PREFIX)) {
      return false;
    }
    return Labels.checkKey(REQUESTS_PREFIX + name).isEmpty();
  }

  /**
   * {@code IsOvercommitAllowed}: native and not huge pages. For the others (extended resources, huge pages) a
   * container's request must equal its limit, and a request needs a limit.
   */
  public static boolean isOvercommitAllowed(String name) {
    return isNative(name) && !isHugePages(name);
  }

  /** {@code IsStandardContainerResourceName}: {@code cpu}, {@code memory}, {@code ephemeral-storage}, huge pages. */
  public static boolean isStandardContainerResource(String name) {
    return STANDARD_CONTAINER.contains(name) || isHugePages(name);
  }

  /**
   * {@code IsIntegerResourceName}: the object-count quota resources and every extended resource; their quantities
   * must be whole numbers ({@link Quantity#isWhole}).
   */
  public static boolean isInteger(String name) {
    return INTEGER.contains(name) || isExtended(name);
  }

  /**
   * Whether quantities of this resource count bytes ({@code memory}, {@code ephemeral-storage}, {@code storage},
   * huge pages), so that {@code m} (a thousandth) and decimal or binary suffixes matter; used to suggest fixes.
   */
  public static boolean countsBytes(String name) {
    return BYTES.contains(name) || isHugePages(name);
  }

  /**
   * {@code validateContainerResourceName}: what is wrong with the name of a container's request or limit. An
   * unprefixed name must be {@code cpu}, {@code memory}, {@code ephemeral-storage} or {@code hugepages-<size>}; a
   * prefixed one a qualified name, and, outside {@code kubernetes.io/}, an extended resource name.
   */
  public static List<String> checkContainerResourceName(String name) {
    List<String> errors = new ArrayList<>();
    for (String msg : Labels.checkKey(name)) {
      errors.add("must be a resource name such as cpu, memory or example.com/gpu: " + msg);
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    if (!name.contains("/")) {
      if (!isStandardContainerResource(name)) {
        errors.add("must be cpu, memory, ephemeral-storage or hugepages-<page size>, or an extended resource name "
            + "with a domain prefix (such as example.com/gpu)");
      }
    } else if (!isNative(name) && !isExtended(name)) {
      errors.add("is not a valid extended resource name: it must not start with 'requests.', and 'requests.' "
          + "followed by the name must be a valid qualified name");
    }
    return errors;
  }
}
