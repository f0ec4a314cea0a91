package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.validation.InvalidQuantityException;
import io.kubelint.core.k8s.validation.Quantity;
import io.kubelint.core.k8s.validation.QuantitySuggestions;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.core.text.FieldPaths;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Every schema violation other than an unknown field: a wrong type, a missing required field, a value outside an
 * enum, a malformed quantity or base64 value, a number out of range. Messages name the field, what was expected
 * and what was found, quoting the value as written in the manifest. A strategic merge patch (see
 * {@link PatchDirectives}) may leave required fields out.
 *
 * <p>Enum lists come from the Kubernetes OpenAPI documents that {@code io.fabric8:kubernetes-model-validator}
 * carries, which exist for 1.31, 1.33 and 1.34 only (see the schemas module's {@code OpenApiOverlay}). Under those
 * versions a value outside the list is an error. The schemas of the other versions hold the values that the
 * documents around the version all accept ({@link SchemaCatalog#ENUM_FROM} names those documents) and, beside them,
 * the values only some documents accept ({@link SchemaCatalog#ENUM_ELSEWHERE}). So under every version a value that
 * no document accepts is an error; under a version without a document of its own, a value that only some documents
 * accept is a warning naming the versions that accept it, and so is one that the field's description in the version
 * names but the documents around it do not ({@link SchemaCatalog#ENUM_DESCRIBED}: Toleration operators {@code Gt}
 * and {@code Lt}, added in 1.35). A value that differs from an allowed one only in case
 * ({@code always}) is an error with the fix ({@code Always}): the API server compares values exactly.
 *
 * <p>The API server resets {@code status} on create (each kind's {@code PrepareForCreate} in
 * {@code pkg/registry/*}), after decoding it: under {@code status} of a built-in kind only what decoding refuses is
 * reported (a wrong type, an integer out of int32 range, a malformed quantity or base64 value; unknown fields are
 * {@code unknown-field}'s), not missing required fields or values outside an enum.
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
    boolean builtIn = ctx.resourceType().map(t -> t.origin() == ResourceType.Origin.BUILT_IN).orElse(false);
    for (SchemaError error : errors) {
      if (error.keyword().equals("additionalProperties") || error.keyword().equals("required")
          && (patch || misspelt.contains(error.pointer().appendProperty(error.property())))
          || builtIn && resetOnCreate(error)) {
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
   * Whether the API server drops the value an error is about before it validates the object: anything under
   * {@code status}, except what decoding the request already refuses (a wrong type, an int32 overflow, a malformed
   * quantity or base64 value).
   */
  static boolean resetOnCreate(SchemaError error) {
    if (error.pointer().matches() || !error.pointer().getMatchingProperty().equals("status")) {
      return false;
    }
    JsonNode schema = error.schema();
    return switch (error.keyword()) {
      case "type" -> false;
      case "pattern" -> !"quantity".equals(schema.path("format").asString(""))
          && !"base64".equals(schema.path("contentEncoding").asString(""));
      case "minimum", "maximum" -> !"int32".equals(schema.path("format").asString(""));
      default -> true;
    };
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
   * A value outside the field's enum list: a warning when the target has no list of its own and another version's
   * list holds the value, else an error (with the fix when only the case differs, and the versions that accept the
   * value when there are some).
   */
  private static void enumError(RuleContext ctx, SchemaError error, String name) {
    JsonNode schema = error.schema();
    List<String> allowed = strings(schema.path("enum"));
    List<String> inferredFrom = strings(schema.path(SchemaCatalog.ENUM_FROM));
    JsonNode elsewhere = schema.path(SchemaCatalog.ENUM_ELSEWHERE);
    String value = error.instance().asString("");
    List<String> acceptedBy = error.instance().isString() ? strings(elsewhere.path(value)) : List.of();
    KubernetesVersion target = ctx.kubernetesVersion();
    FindingBuilder finding = ctx.report(error.pointer()).atValue();
    if (!acceptedBy.isEmpty() && !inferredFrom.isEmpty()) {
      List<String> notBy = inferredFrom.stream().filter(v -> !acceptedBy.contains(v)).toList();
      finding.severity(Severity.WARNING)
          .message("%s: \"%s\" is accepted by Kubernetes %s%s, and kubelint has no list of allowed values of %s "
              + "to tell whether %s accepts it", name, value, versions(acceptedBy),
              notBy.isEmpty() ? "" : " but not by " + versions(notBy), target, target)
          .help("the values every neighbouring release accepts are " + String.join(", ", allowed))
          .emit();
      return;
    }
    if (!inferredFrom.isEmpty() && strings(schema.path(SchemaCatalog.ENUM_DESCRIBED)).contains(value)) {
      finding.severity(Severity.WARNING)
          .message("%s: \"%s\" is not one of %s (the values of Kubernetes %s), but the field's description in "
              + "Kubernetes %s names it, and kubelint has no list of allowed values of %s", name, value,
              String.join(", ", allowed), versions(inferredFrom), target, target)
          .help("the release may have added the value; check that your cluster accepts it (feature gates)")
          .emit();
      return;
    }
    List<String> known = new ArrayList<>(allowed);
    elsewhere.propertyNames().forEach(known::add);
    Optional<String> sameButCase = known.stream().filter(v -> !v.equals(value) && v.equalsIgnoreCase(value))
        .findFirst();
    if (sameButCase.isPresent()) {
      finding.message("%s: \"%s\" is not one of %s: values are case-sensitive", name, value,
              String.join(", ", allowed))
          .help("write \"" + sameButCase.get() + "\"")
          .fixValue("use " + sameButCase.get(), sameButCase.get())
          .emit();
      return;
    }
    finding.message("%s: \"%s\" is not one of %s%s", name, value, String.join(", ", allowed),
        acceptedBy.isEmpty() ? "" : " (Kubernetes " + versions(acceptedBy) + " accept" + (acceptedBy.size() == 1
            ? "s" : "") + " it, " + target + " does not)");
    if (acceptedBy.isEmpty()) {
      DidYouMean.closest(value, allowed).ifPresent(s -> finding.help("did you mean \"" + s + "\"?")
          .fixValue("use " + s, s));
    } else {
      finding.help("check the version your cluster runs (kubectl version), and --kubernetes-version");
    }
    finding.emit();
  }

  /** The strings of a JSON array; empty for anything else. */
  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(v -> out.add(v.asString()));
    }
    return out;
  }

  /** {@code 1.33}, {@code 1.33 and 1.34}, {@code 1.31, 1.33 and 1.34}. */
  private static String versions(List<String> versions) {
    return versions.size() == 1 ? versions.get(0)
        : String.join(", ", versions.subList(0, versions.size() - 1)) + " and " + versions.get(versions.size() - 1);
  }

  private static void patternError(RuleContext ctx, SchemaError error, String name) {
    String value = error.instance().asString("");
    FindingBuilder finding = ctx.report(error.pointer()).atValue();
    if ("quantity".equals(error.schema().path("format").asString(""))) {
      InvalidQuantityException problem;
      try {
        Quantity.parseJson(value);
        // the schema's pattern is stricter than the API server, which trims white space and reads "-" as zero
        return;
      } catch (InvalidQuantityException e) {
        problem = e;
      }
      finding.message("%s: \"%s\" is not a valid quantity: it %s", name, value, problem.getMessage());
      if (problem.reason() == InvalidQuantityException.Reason.FORMAT) {
        finding.help("the suffix follows the number directly: Ki Mi Gi Ti Pi Ei are powers of 1024, k M G T P E "
            + "powers of 1000, m is a thousandth");
      }
      QuantitySuggestions.suggest(value, resourceName(error.pointer()))
          .ifPresent(fixed -> finding.help("did you mean \"" + fixed + "\"?").fixValue("use " + fixed, fixed));
    } else if ("base64".equals(error.schema().path("contentEncoding").asString(""))) {
      finding.message("%s is not valid base64", name)
          .help("values under a Secret's data must be base64-encoded; put plain text under stringData instead");
    } else {
      finding.message("%s: \"%s\" does not match the pattern %s", name, value,
          error.schema().path("pattern").asString(""));
    }
    finding.emit();
  }

  /** The resource a quantity is for: the last key of its path ({@code memory} of {@code .../limits/memory}). */
  private static String resourceName(JsonPointer pointer) {
    JsonPointer last = pointer.last();
    return last == null ? null : last.getMatchingProperty();
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
