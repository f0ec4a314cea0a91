package io.kubelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the tests check SARIF: the OASIS SARIF 2.1.0 Errata 01 JSON Schema (test resource
 * {@code sarif/sarif-schema-2.1.0.json}, see the README beside it) compiled with the networknt validator that
 * kubelint uses for Kubernetes schemas, with remote fetching off and format assertions ({@code uri},
 * {@code uri-reference}, {@code date-time}) on.
 */
public final class SarifSchema {

  /** Where the schema lies on the test class path. */
  public static final String RESOURCE = "/sarif/sarif-schema-2.1.0.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = compile();

  private SarifSchema() {
  }

  private static Schema compile() {
    JsonNode root;
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .build();
    // the file names its own dialect ($schema: draft-04); the default only applies to schemas that do not
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    Schema schema = registry.getSchema(SchemaLocation.of("urn:kubelint:test:sarif-2.1.0"), root);
    schema.initializeValidators();
    return schema;
  }

  /** The schema errors of {@code log}, one line each ({@code /json/pointer: message}); empty when it is valid. */
  public static List<String> problems(JsonNode log) {
    return SCHEMA.validate(log).stream().map(Error::toString).toList();
  }

  /** Fails the test when {@code log} is not valid SARIF 2.1.0, naming every problem. */
  public static void assertValid(JsonNode log) {
    assertEquals(List.of(), problems(log), "the SARIF log must be valid against the OASIS SARIF 2.1.0 schema");
  }

  /** Parses {@code text} as JSON, then {@link #assertValid(JsonNode)}; returns the parsed log. */
  public static JsonNode assertValid(String text) {
    JsonNode log = JSON.readTree(text);
    assertValid(log);
    return log;
  }
}
