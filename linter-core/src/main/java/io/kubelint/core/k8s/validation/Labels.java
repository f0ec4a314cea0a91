package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Label keys (what the API calls qualified names), label values and annotations, as the API server checks them.
 * Ports of {@code IsLabelKey} (alias {@code IsQualifiedName}), {@code IsLabelValue}, {@code IsPrefixedLabelKey} in
 * {@code staging/src/k8s.io/apimachinery/pkg/api/validate/content/kube.go}, and of {@code ValidateAnnotations} /
 * {@code ValidateAnnotationsSize} in {@code staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go}
 * (kubernetes/kubernetes). Qualified names are also what the API requires of finalizers, toleration and taint
 * keys, topology keys, resource names, condition types and scheduling gates.
 */
public final class Labels {

  /** The longest name part of a key, and the longest value: 63 characters. */
  public static final int MAX_LENGTH = 63;
  /** The most bytes the keys and values of an object's annotations may hold together: 256 KiB. */
  public static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final String NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must "
      + "start and end with an alphanumeric character (such as MyName, my.name or 123-abc)";
  private static final String VALUE_MESSAGE = "must be empty or consist of alphanumeric characters, '-', '_' or '.', "
      + "and must start and end with an alphanumeric character (such as MyValue, my_value or 12345)";

  private Labels() {
  }

  /**
   * {@code IsLabelKey} / {@code IsQualifiedName}: an optional DNS subdomain prefix and {@code /}, then a name of at
   * most 63 characters of {@code [A-Za-z0-9-_.]}, alphanumeric at both ends ({@code app},
   * {@code app.kubernetes.io/name}). Messages about the prefix start with {@code prefix part}, about the name with
   * {@code name part}.
   */
  public static List<String> checkKey(String value) {
    List<String> errors = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      name = parts[1];
      if (parts[0].isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        for (String msg : DnsNames.checkSubdomain(parts[0])) {
          errors.add("prefix part " + msg);
        }
      }
    } else {
      errors.add("must be a name of alphanumeric characters, '-', '_' or '.' that starts and ends with an "
          + "alphanumeric character, with an optional DNS subdomain prefix and '/' (such as example.com/MyName); it "
          + "has " + (parts.length - 1) + " '/'");
      return errors;
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
      return errors;
    }
    if (Explain.longerThan(name, MAX_LENGTH)) {
      errors.add("name part " + Explain.tooLong(MAX_LENGTH, name));
    }
    if (!NAME.matcher(name).matches()) {
      errors.add("name part " + Explain.with(NAME_MESSAGE,
          Explain.shape(name, c -> Explain.alnum(c) || c == '-' || c == '_' || c == '.', Explain::alnum,
              Explain::alnum, false)));
    }
    return errors;
  }

  /** {@code IsPrefixedLabelKey}: a valid {@link #checkKey key} that has a prefix ({@code example.com/key}). */
  public static List<String> checkPrefixedKey(String value) {
    List<String> errors = checkKey(value);
    if (errors.isEmpty() && value.split("/", -1).length != 2) {
      errors.add("must include a prefix (such as example.com/key)");
    }
    return errors;
  }

  /**
   * {@code IsLabelValue}: empty, or at most 63 characters of {@code [A-Za-z0-9-_.]}, alphanumeric at both ends.
   */
  public static List<String> checkValue(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, MAX_LENGTH)) {
      errors.add(Explain.tooLong(MAX_LENGTH, value));
    }
    if (!VALUE.matcher(value).matches()) {
      errors.add(Explain.with(VALUE_MESSAGE, Explain.shape(value,
          c -> Explain.alnum(c) || c == '-' || c == '_' || c == '.', Explain::alnum, Explain::alnum, false)));
    }
    return errors;
  }

  /**
   * An annotation key ({@code ValidateAnnotations}): a {@link #checkKey qualified name} once lower-cased, so upper
   * case letters are allowed in the prefix too.
   */
  public static List<String> checkAnnotationKey(String key) {
    return checkKey(key.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code ValidateAnnotationsSize}: the UTF-8 bytes of all keys and values together, which must not be more than
   * {@link #ANNOTATIONS_MAX_BYTES} (262144).
   */
  public static long annotationsSize(Map<String, String> annotations) {
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      total += Explain.utf8Length(e.getKey()) + Explain.utf8Length(e.getValue());
    }
    return total;
  }

  /** The message for annotations of {@code size} bytes, or {@code null} when that is within the limit. */
  public static String annotationsTooLarge(long size) {
    return size > ANNOTATIONS_MAX_BYTES ? "must have at most " + ANNOTATIONS_MAX_BYTES + " bytes (256 KiB) of keys and "
        + "values in total (they have " + size + ")" : null;
  }

  /** Whether {@link #checkKey} finds nothing wrong. */
  public static boolean isKey(String value) {
    return checkKey(value).isEmpty();
  }

  /** Whether {@link #checkValue} finds nothing wrong. */
  public static boolean isValue(String value) {
    return value.length() <= MAX_LENGTH && VALUE.matcher(value).matches();
  }
}
