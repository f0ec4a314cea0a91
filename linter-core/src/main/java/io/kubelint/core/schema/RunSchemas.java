package io.kubelint.core.schema;

import java.util.Optional;

/**
 * The schemas of one run: the built-in kinds of the target version first, then the kinds learnt from
 * CustomResourceDefinitions and schema folders (a custom definition never replaces a built-in kind).
 *
 * @param builtIn the bundled schemas of the target version
 * @param custom the run's custom kinds
 */
public record RunSchemas(SchemaSet builtIn, CustomSchemas custom) {

  /**
   * The kind of that apiVersion and kind for an object written in {@code file}: among several CRDs of the same kind
   * the nearest one is used (see {@link CustomSchemas#resource(String, String, String)}).
   */
  public Optional<ResourceType> resource(String apiVersion, String kind, String file) {
    Optional<ResourceType> found = builtIn.resource(apiVersion, kind);
    return found.isPresent() ? found : custom.resource(apiVersion, kind, file);
  }

  /**
   * The compiled schema of a kind {@link #resource} returned, from the set that knows it; compiled on first use and
   * shared.
   *
   * @throws IllegalArgumentException when the schema cannot be read or is not a valid JSON Schema; the message is
   *     one line, fit for a finding
   */
  public CompiledSchema compiled(ResourceType type) {
    return type.origin() == ResourceType.Origin.BUILT_IN ? builtIn.compiled(type) : custom.compiled(type);
  }
}
