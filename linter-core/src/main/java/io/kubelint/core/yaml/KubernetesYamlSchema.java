package io.kubelint.core.yaml;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Resolves plain YAML scalars the way {@code kubectl} reads a manifest, so that schema validation sees the same
 * types the API server receives.
 *
 * <p>{@code kubectl} turns YAML into JSON with {@code sigs.k8s.io/yaml.YAMLToJSON}, which decodes with its fork of
 * go-yaml v2: YAML 1.1 resolution, not YAML 1.2. So {@code yes}, {@code no}, {@code on}, {@code off}, {@code y} and
 * {@code n} are booleans, {@code 0755} is the octal integer 493, {@code 1_000} is 1000 and {@code 08} is the float
 * 8. A port number or {@code "true"}-like word left unquoted in an env {@code value} therefore reaches the API server
 * as a number or boolean and is rejected there. Timestamps stay strings (sigs.k8s.io/yaml writes them back as RFC
 * 3339 strings). Sources: sigs.k8s.io/yaml {@code yaml.go}, go-yaml v2 {@code resolve.go}.
 */
public final class KubernetesYamlSchema implements Schema {

  private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On",
      "ON");
  private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off",
      "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> SPECIAL_FLOAT = Set.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf",
      "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
  /** go-yaml v2's {@code yamlStyleFloat}. */
  private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

  private final ScalarResolver resolver = (value, implicit) -> implicit ? resolve(value) : Tag.STR;

  @Override
  public ScalarResolver getScalarResolver() {
    return resolver;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return Map.of();
  }

  /**
   * The tag go-yaml v2 gives a plain scalar: {@link Tag#NULL}, {@link Tag#BOOL}, {@link Tag#INT}, {@link Tag#FLOAT},
   * {@link Tag#MERGE} or {@link Tag#STR}.
   */
  public static Tag resolve(String value) {
    if (NULL.contains(value)) {
      return Tag.NULL;
    }
    char first = value.charAt(0);
    if (TRUE.contains(value) || FALSE.contains(value)) {
      return Tag.BOOL;
    }
    if (SPECIAL_FLOAT.contains(value)) {
      return Tag.FLOAT;
    }
    if (value.equals("<<")) {
      return Tag.MERGE;
    }
    if (first == '.') {
      return YAML_FLOAT.matcher(value).matches() ? Tag.FLOAT : Tag.STR;
    }
    if (first == '+' || first == '-' || first >= '0' && first <= '9') {
      String plain = value.replace("_", "");
      if (parseInteger(plain) != null) {
        return Tag.INT;
      }
      if (YAML_FLOAT.matcher(plain).matches()) {
        return Tag.FLOAT;
      }
    }
    return Tag.STR;
  }

  /** The boolean value of a scalar resolved as {@link Tag#BOOL}. */
  public static boolean booleanValue(String value) {
    return TRUE.contains(value);
  }

  /**
   * The value of an integer scalar in Go's {@code strconv.ParseInt(s, 0, 64)} syntax (after go-yaml removed the
   * underscores): optional sign, then {@code 0x} hex, {@code 0o} or a leading {@code 0} octal, {@code 0b} binary,
   * or decimal. Values up to the uint64 range are accepted.
   *
   * @return the value, or {@code null} when the text is not such an integer
   */
  public static BigInteger parseInteger(String text) {
    String s = text.replace("_", "");
    if (s.isEmpty()) {
      return null;
    }
    boolean negative = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    int radix = 10;
    if (s.length() > 1 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x') {
        radix = 16;
        s = s.substring(2);
      } else if (p == 'o') {
        radix = 8;
        s = s.substring(2);
      } else if (p == 'b') {
        radix = 2;
        s = s.substring(2);
      } else {
        radix = 8;
        s = s.substring(1);
      }
    }
    if (s.isEmpty() || s.charAt(0) == '+' || s.charAt(0) == '-') {
      return null;
    }
    try {
      BigInteger v = new BigInteger(s, radix);
      v = negative ? v.negate() : v;
      boolean fits = v.bitLength() < 64 || !negative && v.bitLength() == 64;
      return fits ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The value of a scalar resolved as {@link Tag#FLOAT}, including YAML's {@code .inf} and {@code .nan}. */
  public static double floatValue(String text) {
    String s = text.replace("_", "");
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case ".nan":
        return Double.NaN;
      case ".inf":
      case "+.inf":
        return Double.POSITIVE_INFINITY;
      case "-.inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(s);
    }
  }
}
