package io.kubelint.core.schema;

import java.util.Optional;

/** Finds the schema of an apiVersion/kind. Implementations are thread-safe. */
public interface SchemaLookup {

  /** The kind of that apiVersion and kind, if this lookup knows it. */
  Optional<ResourceType> resource(String apiVersion, String kind);

  /**
   * The compiled schema of a kind this lookup returned; compiled on first use and shared.
   *
   * @throws java.io.UncheckedIOException when the schema cannot be read
   * @throws IllegalArgumentException when the schema is not a valid JSON Schema
   */
  CompiledSchema compiled(ResourceType type);
}
