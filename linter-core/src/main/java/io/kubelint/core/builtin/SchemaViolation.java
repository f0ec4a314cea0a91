package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.core.text.FieldPaths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Every schema violation other than an unknown field: a wrong type, a missing required field, a value outside an
 * enum, a malformed quantity or base64 value, a number out of range. Messages name the field, what was expected
 * and what was found, quoting the value as written in the manifest. A strategic merge patch (see
 * {@link PatchDirectives}) may leave required fields out.
 *
 * <p>Enum lists come from the OpenAPI documents of {@code io.fabric8:kubernetes-model-validator}, which exist for a
 * few minors only; the schemas of a minor without its own list borrow the list of the nearest earlier minor that
 * has one, else of the nearest later one (the schemas module's {@code EnumSource.choose}: with the documents of
 * 1.31, 1.33 and 1.34, 1.32 takes 1.31's, 1.35 and 1.36 take 1.34's, and 1.28 and 1.30, older than every document,
 * take 1.31's). A value outside a borrowed list is a warning, not an error, and the message says which way the
 * list may be off: an earlier minor's list may lack values the target added, so the target may accept more; a
 * later minor's list may hold values added after the target, so the target may accept fewer.
 */
@RuleInfo(id = "schema-violation", severity = Severity.ERROR,
    summary = "A field has the wrong type, a required field is missing, or a value is not allowed",
    rationale = "The API server decodes manifests into typed structures and rejects them when a value has the "
        + "wrong type (\"cannot unmarshal string into Go struct field\"), a required field is missing or a value "
        + "is malformed; unquoted YAML 1.1 words such as yes, on and 0755 are not the strings they look like.",
    docs = "https://kubernetes.io/docs/reference/kubernetes-api/",
    sets = RuleSet.RECOMMENDED)
public final class SchemaViolation implements ObjectMatcher, DocumentMatcher {

  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  /** A string that is a decimal number once its quotes are removed. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** A quantity with a unit that is probably misspelt: {@code 512mb}, {@code 1GB}. */
  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([0-9.]+)([a-zA-Z]+)");

  /** A {@code kind: List} whose {@code items} are missing, null or not a list. */
  @Override
  public void matchDocument(LoadedDocument document, RuleContext ctx) {
    for (KubeObject list : document.listsWithoutItems()) {
      JsonNode items = list.json().path("items");
      if (items.isMissingNode()) {
        ctx.about(list).report(JsonPointer.compile("/kind")).atValue()
            .message("a List needs items, the list of objects it holds; this one has none")
            .help("add the objects under items:, or write them as separate documents divided by ---")
            .emit();
      } else {
        ctx.about(list).report(JsonPointer.compile("/items")).atValue()
            .message("items of a List must be a list of objects, found %s", MissingTypeMeta.describe(items))
            .emit();
      }
    }
  }

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    List<SchemaError> errors = ctx.schemaErrors();
    boolean anyRequired = errors.stream().anyMatch(e -> e.keyword().equals("required"));
    boolean patch = anyRequired && PatchDirectives.of(object, ctx);
    Set<JsonPointer> misspelt = anyRequired ? misspelt(errors) : Set.of();
    for (SchemaError error : errors) {
      if (error.keyword().equals("additionalProperties") || error.keyword().equals("required")
          && (patch || misspelt.contains(error.pointer().appendProperty(error.property())))) {
        continue;
      }
      String field = FieldPaths.dotted(object.json(), error.pointer());
      String name = field.isEmpty() ? "the object" : field;
      switch (error.keyword()) {
        case "required" -> {
          String in = error.definition() == null ? "" : " in " + error.definition();
          // a field written with a null value is dropped like a missing one; point at its key when it is there
          boolean writtenNull = ctx.sourceText(error.pointer().appendProperty(error.property())) != null;
          ctx.report(error.pointer()).pointAt(error.pointer().appendProperty(error.property()))
              .message("%s \"%s\"%s%s", writtenNull ? "required field is null:" : "missing required field",
                  error.property(), in, field.isEmpty() ? "" : " at " + field)
              .emit();
        }
        case "type" -> typeError(ctx, error, name);
        case "enum" -> enumError(ctx, error, name);
        case "pattern" -> patternError(ctx, error, name);
        case "minimum", "maximum" -> rangeError(ctx, error, name);
        default -> ctx.report(error.pointer()).atValue().message(otherMessage(error, name)).emit();
      }
    }
  }

  /**
   * The required fields that are only missing because they are misspelt ({@code prot: 80} for {@code port}): the
   * {@code unknown-field} finding on the misspelling already says it, with the fix. Each unknown property's
   * suggestion is worked out once, however many required fields are missing.
   */
  private static Set<JsonPointer> misspelt(List<SchemaError> errors) {
    Set<JsonPointer> fields = new HashSet<>();
    for (SchemaError other : errors) {
      if (other.keyword().equals("additionalProperties") && other.property() != null) {
        DidYouMean.closest(other.property(), other.knownProperties())
            .ifPresent(meant -> fields.add(other.pointer().appendProperty(meant)));
      }
    }
    return fields;
  }

  private static void typeError(RuleContext ctx, SchemaError error, String name) {
    List<String> expected = new ArrayList<>();
    JsonNode type = error.schema().path("type");
    if (type.isArray()) {
      type.forEach(t -> expected.add(t.asString()));
    } else {
      expected.add(type.asString());
    }
    String written = ctx.sourceText(error.pointer());
    JsonNode found = error.instance();
    FindingBuilder finding = ctx.report(error.pointer()).atValue()
        .message("%s must be %s, found %s", name, describeTypes(expected), describeValue(found, written));
    boolean quantity = "quantity".equals(error.schema().path("format").asString(""));
    if (quantity && found.isBoolean()) {
      finding.help("a quantity is a number with an optional suffix, such as 500m, 2 or 1Gi");
    } else if (expected.contains("string") && (found.isNumber() || found.isBoolean()) && written != null) {
      finding.help("quote it to keep it a string: \"" + written + "\"");
      if (found.isBoolean()) {
        finding.help("YAML 1.1, which kubectl uses, reads unquoted yes/no/on/off/y/n as booleans");
      }
      finding.fixValue("quote the value", "\"" + written + "\"");
    } else if (found.isString() && (expected.contains("integer") || expected.contains("number"))
        && DECIMAL.matcher(found.asString()).matches()) {
      finding.help("remove the quotes: " + found.asString());
      finding.fixValue("remove the quotes", found.asString());
    } else if (found.isString() && expected.contains("boolean")
        && (found.asString().equals("true") || found.asString().equals("false"))) {
      finding.help("remove the quotes: " + found.asString());
      finding.fixValue("remove the quotes", found.asString());
    }
    finding.emit();
  }

  /**
   * A value outside the field's enum list. A list the schemas took from another Kubernetes minor (marked with
   * {@link SchemaCatalog#ENUM_FROM}) may not be the target version's: an earlier minor's may lack values the target
   * accepts, a later minor's may hold values the target does not know yet. A value outside such a list is a warning
   * rather than an error, and the message names the minor the list comes from and which way it may be off.
   */
  private static void enumError(RuleContext ctx, SchemaError error, String name) {
    List<String> allowed = new ArrayList<>();
    error.schema().path("enum").forEach(v -> allowed.add(v.asString()));
    String value = error.instance().asString("");
    String borrowedFrom = error.schema().path(SchemaCatalog.ENUM_FROM).asString("");
    FindingBuilder finding = ctx.report(error.pointer()).atValue();
    if (borrowedFrom.isEmpty()) {
      finding.message("%s: \"%s\" is not one of %s", name, value, String.join(", ", allowed));
    } else {
      KubernetesVersion target = ctx.kubernetesVersion();
      String drift = KubernetesVersion.parse(borrowedFrom).compareTo(target) < 0
          ? "Kubernetes " + target + " may accept more"
          : "Kubernetes " + target + " may accept fewer: it does not know values added after " + target;
      finding.severity(Severity.WARNING)
          .message("%s: \"%s\" is not one of %s (the list of Kubernetes %s; %s)",
              name, value, String.join(", ", allowed), borrowedFrom, drift)
          .help("no list of allowed values for Kubernetes " + target + " is bundled, so kubelint checks against "
              + "the list of Kubernetes " + borrowedFrom);
    }
    DidYouMean.closest(value, allowed).ifPresent(s -> finding.help("did you mean \"" + s + "\"?")
        .fixValue("use " + s, s));
    finding.emit();
  }

  private static void patternError(RuleContext ctx, SchemaError error, String name) {
    String value = error.instance().asString("");
    FindingBuilder finding = ctx.report(error.pointer()).atValue();
    if ("quantity".equals(error.schema().path("format").asString(""))) {
      finding.message("%s: \"%s\" is not a Kubernetes quantity", name, value)
          .help("write a number with an optional suffix: 512Mi, 1Gi, 1.5, 250m (Ki Mi Gi Ti are powers of 1024, "
              + "k M G T powers of 1000)");
      String fixed = fixQuantity(value);
      if (fixed != null) {
        finding.help("did you mean \"" + fixed + "\"?").fixValue("use " + fixed, fixed);
      }
    } else if ("base64".equals(error.schema().path("contentEncoding").asString(""))) {
      finding.message("%s is not valid base64", name)
          .help("values under a Secret's data must be base64-encoded; put plain text under stringData instead");
    } else {
      finding.message("%s: \"%s\" does not match the pattern %s", name, value,
          error.schema().path("pattern").asString(""));
    }
    finding.emit();
  }

  /** The usual mistakes: {@code 512mb} → {@code 512Mi}, {@code 1GB} → {@code 1G}, {@code 2 Gi} → {@code 2Gi}. */
  static String fixQuantity(String value) {
    String v = value.replace(" ", "");
    Matcher m = NUMBER_AND_UNIT.matcher(v);
    if (!m.matches()) {
      return null;
    }
    String number = m.group(1);
    String unit = m.group(2);
    String fixed = switch (unit.toLowerCase(java.util.Locale.ROOT)) {
      case "kib", "kb" -> "Ki";
      case "mib", "mb", "m" -> "Mi";
      case "gib", "gb", "g" -> "Gi";
      case "tib", "tb", "t" -> "Ti";
      default -> null;
    };
    if (fixed == null || (number + fixed).equals(value)) {
      return null;
    }
    return number + fixed;
  }

  private static void rangeError(RuleContext ctx, SchemaError error, String name) {
    JsonNode found = error.instance();
    JsonNode schema = error.schema();
    boolean int32 = "int32".equals(schema.path("format").asString(""))
        && found.isIntegralNumber()
        && (found.bigIntegerValue().compareTo(INT32_MIN) < 0 || found.bigIntegerValue().compareTo(INT32_MAX) > 0);
    if (int32) {
      ctx.report(error.pointer()).atValue()
          .message("%s: %s does not fit in a 32-bit integer", name, found.asString())
          .emit();
      return;
    }
    String bound = error.keyword().equals("minimum") ? "below the minimum " + schema.path("minimum").asString()
        : "above the maximum " + schema.path("maximum").asString();
    ctx.report(error.pointer()).atValue().message("%s: %s is %s", name, found.asString(), bound).emit();
  }

  /** Plain messages for the remaining keywords (mostly met in CRD schemas). */
  static String otherMessage(SchemaError error, String name) {
    JsonNode schema = error.schema();
    JsonNode value = error.instance();
    String bound = schema.path(error.keyword()).asString("");
    return switch (error.keyword()) {
      case "exclusiveMinimum" -> name + ": " + value.asString() + " must be greater than " + bound;
      case "exclusiveMaximum" -> name + ": " + value.asString() + " must be less than " + bound;
      case "minLength" -> name + ": \"" + value.asString() + "\" is shorter than " + bound + " characters";
      case "maxLength" -> name + " is longer than " + bound + " characters";
      case "minItems" -> name + " has " + value.size() + " items; at least " + bound + " are required";
      case "maxItems" -> name + " has " + value.size() + " items; at most " + bound + " are allowed";
      case "minProperties" -> name + " has " + value.size() + " entries; at least " + bound + " are required";
      case "maxProperties" -> name + " has " + value.size() + " entries; at most " + bound + " are allowed";
      case "uniqueItems" -> name + " lists the same item twice";
      case "multipleOf" -> name + ": " + value.asString() + " is not a multiple of " + bound;
      case "const" -> name + " must be " + schema.path("const");
      case "oneOf" -> name + " must match exactly one of the forms its schema allows";
      case "anyOf" -> name + " matches none of the forms its schema allows";
      case "not" -> name + " has a value its schema forbids";
      case "format" -> name + ": \"" + value.asString() + "\" is not a valid " + schema.path("format").asString("");
      default -> name + ": " + stripPath(error.libraryMessage());
    };
  }

  private static String describeTypes(List<String> types) {
    return String.join(" or ", types.stream().map(SchemaViolation::article).toList());
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "boolean" -> "true or false";
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  /** {@code the integer 8080}, {@code the boolean yes}, {@code a list}, … */
  static String describeValue(JsonNode value, String written) {
    if (value.isString()) {
      return "the string \"" + value.asString() + "\"";
    }
    if (value.isBoolean()) {
      return "the boolean " + (written != null ? written : value.asString());
    }
    if (value.isIntegralNumber()) {
      return "the integer " + (written != null ? written : value.asString());
    }
    if (value.isNumber()) {
      return "the number " + (written != null ? written : value.asString());
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    return "null";
  }

  private static String stripPath(String message) {
    if (message == null) {
      return "invalid value";
    }
    int colon = message.indexOf(": ");
    return colon > 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
  }
}
