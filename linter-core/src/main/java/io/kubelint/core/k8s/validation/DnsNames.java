package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DNS names as the API server checks them: RFC 1123 labels and subdomains, RFC 1035 labels, wildcard subdomains
 * and fully qualified domain names. Ports of {@code IsDNS1123Label}, {@code IsDNS1123Subdomain},
 * {@code IsDNS1123SubdomainWithUnderscore}, {@code IsDNS1035Label}, {@code IsWildcardDNS1123Subdomain} and
 * {@code IsFullyQualifiedDomainName} in {@code staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go}
 * (kubernetes/kubernetes). Each check returns what is wrong, empty when the name is valid.
 */
public final class DnsNames {

  /** The longest RFC 1123 or RFC 1035 label: 63 characters. */
  public static final int LABEL_MAX_LENGTH = 63;
  /** The longest RFC 1123 subdomain: 253 characters. */
  public static final int SUBDOMAIN_MAX_LENGTH = 253;

  private static final String LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern LABEL = Pattern.compile(LABEL_FORMAT);
  private static final Pattern SUBDOMAIN = Pattern.compile(LABEL_FORMAT + "(\\." + LABEL_FORMAT + ")*");
  private static final String UNDERSCORE_LABEL_FORMAT = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
  private static final Pattern SUBDOMAIN_WITH_UNDERSCORE =
      Pattern.compile(UNDERSCORE_LABEL_FORMAT + "(\\." + UNDERSCORE_LABEL_FORMAT + ")*");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern WILDCARD_SUBDOMAIN =
      Pattern.compile("\\*\\." + LABEL_FORMAT + "(\\." + LABEL_FORMAT + ")*");

  static final String LABEL_MESSAGE = "must consist of lower case alphanumeric characters or '-', and must start "
      + "and end with an alphanumeric character (an RFC 1123 label such as my-name or 123-abc)";
  static final String SUBDOMAIN_MESSAGE = "must consist of lower case alphanumeric characters, '-' or '.', and must "
      + "start and end with an alphanumeric character (an RFC 1123 subdomain such as example.com)";
  static final String UNDERSCORE_MESSAGE = "must consist of lower case alphanumeric characters, '_', '-' or '.', and "
      + "must start and end with an alphanumeric character (an RFC 1123 subdomain such as example.com)";
  static final String DNS1035_MESSAGE = "must consist of lower case alphanumeric characters or '-', start with an "
      + "alphabetic character, and end with an alphanumeric character (an RFC 1035 label such as my-name or "
      + "abc-123)";
  static final String WILDCARD_MESSAGE = "must start with '*.' followed by a DNS subdomain of lower case "
      + "alphanumeric characters, '-' or '.' that ends with an alphanumeric character (such as *.example.com)";

  private DnsNames() {
  }

  /** {@code IsDNS1123Label}: at most 63 characters of {@code [a-z0-9-]}, alphanumeric at both ends. */
  public static List<String> checkLabel(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, LABEL_MAX_LENGTH)) {
      errors.add(Explain.tooLong(LABEL_MAX_LENGTH, value));
    }
    if (!LABEL.matcher(value).matches()) {
      if (SUBDOMAIN.matcher(value).matches()) {
        // a valid subdomain but not a label: with the length checked already, it must be the dots
        errors.add("must not contain dots");
      } else {
        errors.add(Explain.with(LABEL_MESSAGE, Explain.shape(value, c -> Explain.lowerAlnum(c) || c == '-',
            Explain::lowerAlnum, Explain::lowerAlnum, true)));
      }
    }
    return errors;
  }

  /** {@code IsDNS1123Subdomain}: at most 253 characters, dot-separated RFC 1123 labels. */
  public static List<String> checkSubdomain(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, SUBDOMAIN_MAX_LENGTH)) {
      errors.add(Explain.tooLong(SUBDOMAIN_MAX_LENGTH, value));
    }
    if (!SUBDOMAIN.matcher(value).matches()) {
      errors.add(Explain.with(SUBDOMAIN_MESSAGE, subdomainDetail(value, false)));
    }
    return errors;
  }

  /**
   * {@code IsDNS1123SubdomainWithUnderscore}: like {@link #checkSubdomain} but each part may start with {@code _}
   * and contain {@code _} (DNS search domains under the {@code RelaxedDNSSearchValidation} feature).
   */
  public static List<String> checkSubdomainWithUnderscore(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, SUBDOMAIN_MAX_LENGTH)) {
      errors.add(Explain.tooLong(SUBDOMAIN_MAX_LENGTH, value));
    }
    if (!SUBDOMAIN_WITH_UNDERSCORE.matcher(value).matches()) {
      errors.add(Explain.with(UNDERSCORE_MESSAGE, subdomainDetail(value, true)));
    }
    return errors;
  }

  /** {@code IsDNS1035Label}: at most 63 characters of {@code [a-z0-9-]}, starting with a letter. */
  public static List<String> checkDns1035Label(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, LABEL_MAX_LENGTH)) {
      errors.add(Explain.tooLong(LABEL_MAX_LENGTH, value));
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      errors.add(Explain.with(DNS1035_MESSAGE, Explain.shape(value, c -> Explain.lowerAlnum(c) || c == '-',
          Explain::lowerAlpha, Explain::lowerAlnum, true)));
    }
    return errors;
  }

  /**
   * {@code IsWildcardDNS1123Subdomain} (RFC 1034 section 4.3.3): {@code *.} followed by a subdomain, at most 253
   * characters in all; {@code *.example.com} is valid, {@code *.*.example.com}, {@code *example.com} and {@code *}
   * are not.
   */
  public static List<String> checkWildcardSubdomain(String value) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(value, SUBDOMAIN_MAX_LENGTH)) {
      errors.add(Explain.tooLong(SUBDOMAIN_MAX_LENGTH, value));
    }
    if (!WILDCARD_SUBDOMAIN.matcher(value).matches()) {
      String detail = value.startsWith("*.") ? subdomainDetail(value.substring(2), false)
          : "it does not start with '*.'";
      errors.add(Explain.with(WILDCARD_MESSAGE, detail));
    }
    return errors;
  }

  /**
   * {@code IsFullyQualifiedDomainName}: a subdomain of at least two parts, with an optional trailing dot. Returns at
   * most one message: the first of its stages that fails.
   */
  public static List<String> checkFullyQualifiedDomainName(String value) {
    if (value.isEmpty()) {
      return List.of("must not be empty");
    }
    String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    List<String> subdomain = checkSubdomain(name);
    if (!subdomain.isEmpty()) {
      return List.of(String.join(", ", subdomain));
    }
    String[] parts = name.split("\\.", -1);
    if (parts.length < 2) {
      return List.of("must be a domain with at least two parts separated by dots");
    }
    for (String part : parts) {
      List<String> label = checkLabel(part);
      if (!label.isEmpty()) {
        return List.of("its part \"" + part + "\" " + String.join(", ", label));
      }
    }
    return List.of();
  }

  /** Whether {@link #checkLabel} finds nothing wrong. */
  public static boolean isLabel(String value) {
    return value.length() <= LABEL_MAX_LENGTH && LABEL.matcher(value).matches();
  }

  /** Whether {@link #checkSubdomain} finds nothing wrong. */
  public static boolean isSubdomain(String value) {
    return value.length() <= SUBDOMAIN_MAX_LENGTH && SUBDOMAIN.matcher(value).matches();
  }

  /** Whether {@link #checkDns1035Label} finds nothing wrong. */
  public static boolean isDns1035Label(String value) {
    return value.length() <= LABEL_MAX_LENGTH && DNS1035_LABEL.matcher(value).matches();
  }

  /** What is first wrong with a subdomain: a character, its ends, or one of its dot-separated parts. */
  static String subdomainDetail(String value, boolean underscore) {
    String whole = Explain.shape(value, c -> Explain.lowerAlnum(c) || c == '-' || c == '.' || underscore && c == '_',
        c -> Explain.lowerAlnum(c) || underscore && c == '_', Explain::lowerAlnum, true);
    if (whole != null) {
      return whole;
    }
    String[] parts = value.split("\\.", -1);
    for (String part : parts) {
      if (part.isEmpty()) {
        return "it has two dots in a row";
      }
      String problem = Explain.shape(part.startsWith("_") && underscore ? part.substring(1) : part,
          c -> Explain.lowerAlnum(c) || c == '-' || underscore && c == '_', Explain::lowerAlnum,
          Explain::lowerAlnum, true);
      if (problem != null) {
        return "its part \"" + part + "\" " + problem.substring("it ".length());
      }
    }
    return null;
  }
}
