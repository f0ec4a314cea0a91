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
import tools.jackson.databind.JsonNode;

/**
 * Compiles JSON Schemas (draft 2020-12) with the networknt validator, once per schema name. Remote references are
 * never fetched: every schema kubelint uses is self-contained, and linting works offline.
 *
 * <p>The dialect is draft 2020-12 plus the annotations {@code x-kubernetes-int-or-string} (the OpenAPI extension the
 * Kubernetes API marks IntOrString fields with, which the schemas module writes on them) and
 * {@value SchemaCatalog#ENUM_FROM} (beside an enum list borrowed from another Kubernetes minor): declared as
 * keywords that do not validate, so the validator does not log an "unknown keyword" warning for them, which would
 * otherwise show in the log of every Maven build that runs the kubelint plugin.
 */
final class SchemaCompiler {

  private final SchemaRegistry registry;
  private final Map<String, CompiledSchema> cache = new ConcurrentHashMap<>();

  SchemaCompiler() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(false)
        .build();
    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
        .keyword(new NonValidationKeyword("x-kubernetes-int-or-string"))
        .keyword(new NonValidationKeyword(SchemaCatalog.ENUM_FROM))
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

  /** The compiled schema of {@code name}, reading it with {@code source} the first time. */
  CompiledSchema compile(String name, Supplier<JsonNode> source) {
    return cache.computeIfAbsent(name, n -> {
      JsonNode root = source.get();
      SchemaLocation location = n.startsWith("file:") ? SchemaLocation.of(n)
          : SchemaLocation.of("urn:kubelint:" + n.replace('/', ':').replace(' ', '_').replace('@', ':'));
      Schema schema = registry.getSchema(location, root);
      schema.initializeValidators();
      return new CompiledSchema(root, schema);
    });
  }
}
