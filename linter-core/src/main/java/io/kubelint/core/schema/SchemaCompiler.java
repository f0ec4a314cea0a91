package io.kubelint.core.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Compiles JSON Schemas (draft 2020-12) with the networknt validator, once per schema name. Remote references are
 * never fetched: every schema kubelint uses is self-contained, and linting works offline.
 *
 * <p>The dialect is draft 2020-12 plus the annotations {@code x-kubernetes-int-or-string} (the OpenAPI extension the
 * Kubernetes API marks IntOrString fields with, which the schemas module writes on them),
 * {@value SchemaCatalog#ENUM_FROM}, {@value SchemaCatalog#ENUM_ELSEWHERE} and {@value SchemaCatalog#ENUM_DESCRIBED}
 * (beside an enum list: the minors it was inferred from, the values other minors accept, the words the field's own
 * description adds) and {@value ListType#LIST_TYPE} and {@value ListType#LIST_MAP_KEYS}
 * (on lists, see {@link ListType}): declared as keywords that do not validate, so the validator does not log an "unknown keyword" warning for them, which would
 * otherwise show in the log of every Maven build that runs the kubelint plugin.
 */
final class SchemaCompiler {

  private final SchemaRegistry registry;
  /** A schema compiled once: the compiled schema, or why it cannot be used. */
  private record Outcome(CompiledSchema schema, String failure) {
  }

  private final Map<String, Outcome> cache = new ConcurrentHashMap<>();

  SchemaCompiler() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(false)
        .build();
    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
        .keyword(new NonValidationKeyword("x-kubernetes-int-or-string"))
        .keyword(new NonValidationKeyword(SchemaCatalog.ENUM_FROM))
        .keyword(new NonValidationKeyword(SchemaCatalog.ENUM_ELSEWHERE))
        .keyword(new NonValidationKeyword(SchemaCatalog.ENUM_DESCRIBED))
        .keyword(new NonValidationKeyword(ListType.LIST_TYPE))
        .keyword(new NonValidationKeyword(ListType.LIST_MAP_KEYS))
        .build();
    this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(true)
            // only local files (a schema folder's sibling files) may be read; never the network
            .allow(iri -> iri.toString().startsWith("file:"))));
  }

  /** Whether a {@code $schema} value names a JSON Schema dialect the validator knows (draft 4 to 2020-12). */
  static boolean knownDialect(String id) {
    String normalized = id.replace("https://", "http://").replaceAll("#$", "");
    for (SpecificationVersion version : SpecificationVersion.values()) {
      if (version.getDialectId().replace("https://", "http://").replaceAll("#$", "").equals(normalized)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The compiled schema of {@code name}, reading it with {@code source} the first time. A schema that cannot be
   * read or compiled is tried once; every later call fails with the same reason.
   *
   * @throws IllegalArgumentException when the schema cannot be read or compiled (a CRD's {@code pattern} that is
   *     not a regular expression, a schema file that is not JSON); its message is one line naming the reason,
   *     without Java class names, fit for a finding
   */
  CompiledSchema compile(String name, Supplier<JsonNode> source) {
    Outcome outcome = cache.computeIfAbsent(name, n -> {
      try {
        JsonNode root = source.get();
        SchemaLocation location = n.startsWith("file:") ? SchemaLocation.of(n)
            : SchemaLocation.of("urn:kubelint:" + n.replace('/', ':').replace(' ', '_').replace('@', ':'));
        Schema schema = registry.getSchema(location, root);
        schema.initializeValidators();
        return new Outcome(new CompiledSchema(root, schema), null);
      } catch (RuntimeException e) {
        return new Outcome(null, reason(e));
      }
    });
    if (outcome.failure() != null) {
      throw new IllegalArgumentException(outcome.failure());
    }
    return outcome.schema();
  }

  /** A one-line reason without Java class names: the exception's own message, else its innermost cause's. */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof PatternSyntaxException p) {
      return "invalid regular expression \"" + p.getPattern() + "\": " + p.getDescription();
    }
    String message = e.getMessage() != null && !e.getMessage().contains("Exception") ? e.getMessage()
        : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    message = message.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
