package io.kubelint.core.k8s.validation;

import io.kubelint.core.schema.KubernetesVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Identifier-like strings the API server checks: C identifiers, environment variable names (strict and relaxed),
 * ConfigMap and Secret keys, HTTP header names, sysctl names and Unix user and group IDs. Ports of
 * {@code IsCIdentifier} ({@code staging/src/k8s.io/apimachinery/pkg/api/validate/content/identifier.go}),
 * {@code IsEnvVarName}, {@code IsRelaxedEnvVarName}, {@code IsConfigMapKey}, {@code IsHTTPHeaderName},
 * {@code IsValidUserID}, {@code IsValidGroupID} ({@code staging/src/k8s.io/apimachinery/pkg/util/validation/
 * validation.go}) and {@code IsValidSysctlName} ({@code pkg/apis/core/validation/validation.go}), all in
 * kubernetes/kubernetes.
 */
public final class Identifiers {

  /** The highest Unix user or group ID the API accepts (uint32 max). */
  public static final long MAX_ID = 0xffffffffL;
  /** The longest sysctl name: 253 characters. */
  public static final int SYSCTL_MAX_LENGTH = 253;
  /** The longest ConfigMap or Secret key: 253 characters. */
  public static final int CONFIG_MAP_KEY_MAX_LENGTH = 253;

  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ENV_VAR_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern CONFIG_MAP_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final Pattern HTTP_HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");
  private static final String SYSCTL_SEGMENT = "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  private static final Pattern SYSCTL_NAME = Pattern.compile("(" + SYSCTL_SEGMENT + "[\\./])*" + SYSCTL_SEGMENT);
  private static final KubernetesVersion RELAXED_ENV_VAR_NAMES_BY_DEFAULT = new KubernetesVersion(1, 32);

  private Identifiers() {
  }

  /** {@code IsCIdentifier}: a letter or {@code _}, then letters, digits and {@code _}; any length. */
  public static List<String> checkCIdentifier(String value) {
    if (C_IDENTIFIER.matcher(value).matches()) {
      return List.of();
    }
    return List.of(Explain.with("must start with a letter or '_', followed by letters, digits or '_' (a C "
        + "identifier such as my_name, MY_NAME or MyName)", Explain.shape(value,
        c -> Explain.alnum(c) || c == '_', c -> Explain.alnum(c) && !(c >= '0' && c <= '9') || c == '_',
        Explain::any, false)));
  }

  /**
   * {@code IsEnvVarName}, the strict rule: letters, digits, {@code _}, {@code -} and {@code .}, not starting with a
   * digit, and not {@code .}, {@code ..} or starting with {@code ..}.
   */
  public static List<String> checkEnvVarName(String value) {
    List<String> errors = new ArrayList<>();
    if (!ENV_VAR_NAME.matcher(value).matches()) {
      errors.add(Explain.with("must consist of letters, digits, '_', '-' or '.', and must not start with a digit "
          + "(such as my.env-name, MY_ENV.NAME or MyEnvName1)", Explain.shape(value,
          c -> Explain.alnum(c) || c == '_' || c == '-' || c == '.',
          c -> !(c >= '0' && c <= '9'), Explain::any, false)));
    }
    errors.addAll(chDirPrefix(value));
    return errors;
  }

  /**
   * {@code IsRelaxedEnvVarName}, the relaxed rule: non-empty, printable ASCII ({@code ' '} to {@code '~'}) other
   * than {@code =}. The API server uses it where the {@code RelaxedEnvironmentVariableValidation} feature is on:
   * off by default in 1.30 and 1.31 (alpha), on by default from 1.32 (beta), locked on from 1.34 (GA); before 1.30
   * only the strict rule exists. See {@link #relaxedEnvVarNamesByDefault}.
   */
  public static List<String> checkRelaxedEnvVarName(String value) {
    if (value.isEmpty()) {
      return List.of("must be non-empty");
    }
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      position++;
      if (cp > 0x7e || cp < 0x20 || cp == '=') {
        return List.of("must consist only of printable ASCII characters other than '='; " + Explain.character(cp)
            + " (character " + position + ") is not allowed");
      }
      i += Character.charCount(cp);
    }
    return List.of();
  }

  /**
   * Whether a cluster of this version checks environment variable names (and {@code envFrom} prefixes) with the
   * relaxed rule by default: from 1.32, when {@code RelaxedEnvironmentVariableValidation} became beta and on by
   * default (pkg/features/kube_features.go: alpha 1.30, beta 1.32, GA 1.34).
   */
  public static boolean relaxedEnvVarNamesByDefault(KubernetesVersion version) {
    return version.compareTo(RELAXED_ENV_VAR_NAMES_BY_DEFAULT) >= 0;
  }

  /** The check for environment variable names a cluster of this version applies by default. */
  public static List<String> checkEnvVarName(String value, KubernetesVersion version) {
    return relaxedEnvVarNamesByDefault(version) ? checkRelaxedEnvVarName(value) : checkEnvVarName(value);
  }

  /**
   * {@code IsConfigMapKey}: at most 253 characters of letters, digits, {@code -}, {@code _} and {@code .}; not
   * {@code .}, {@code ..} or starting with {@code ..}. Also the rule for Secret keys and for the keys that
   * {@code configMapKeyRef} and {@code secretKeyRef} name.
   */
  public static List<String> checkConfigMapKey(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, CONFIG_MAP_KEY_MAX_LENGTH)) {
      errors.add(Explain.tooLong(CONFIG_MAP_KEY_MAX_LENGTH, value));
    }
    if (!CONFIG_MAP_KEY.matcher(value).matches()) {
      errors.add(Explain.with("must consist of alphanumeric characters, '-', '_' or '.' (such as key.name, KEY_NAME "
          + "or key-name)", Explain.shape(value, c -> Explain.alnum(c) || c == '-' || c == '_' || c == '.',
          Explain::any, Explain::any, false)));
    }
    errors.addAll(chDirPrefix(value));
    return errors;
  }

  /** {@code IsHTTPHeaderName}: letters, digits and {@code -} (a subset of RFC 7230 tokens). */
  public static List<String> checkHttpHeaderName(String value) {
    if (HTTP_HEADER_NAME.matcher(value).matches()) {
      return List.of();
    }
    return List.of(Explain.with("must consist of alphanumeric characters or '-' (such as X-Header-Name)",
        Explain.shape(value, c -> Explain.alnum(c) || c == '-', Explain::any, Explain::any, false)));
  }

  /**
   * {@code IsValidSysctlName}: at most 253 characters of lower case segments ({@code [a-z0-9]}, inner {@code -} and
   * {@code _}) separated by {@code .} or {@code /} ({@code net.ipv4.ip_forward}).
   */
  public static List<String> checkSysctlName(String value) {
    if (!Explain.longerThan(value, SYSCTL_MAX_LENGTH) && SYSCTL_NAME.matcher(value).matches()) {
      return List.of();
    }
    return List.of("must have at most " + SYSCTL_MAX_LENGTH + " characters and consist of lower case segments of "
        + "alphanumeric characters, '-' or '_', separated by '.' or '/' (such as net.ipv4.ip_forward)");
  }

  /** {@code IsValidUserID} and {@code IsValidGroupID}: 0 to 4294967295. */
  public static List<String> checkUnixId(long id) {
    return id >= 0 && id <= MAX_ID ? List.of() : List.of("must be between 0 and " + MAX_ID + ", inclusive");
  }

  /** {@code hasChDirPrefix}: not {@code .}, not {@code ..}, not starting with {@code ..}. */
  private static List<String> chDirPrefix(String value) {
    if (value.equals(".")) {
      return List.of("must not be '.'");
    }
    if (value.equals("..")) {
      return List.of("must not be '..'");
    }
    if (value.startsWith("..")) {
      return List.of("must not start with '..'");
    }
    return List.of();
  }
}
