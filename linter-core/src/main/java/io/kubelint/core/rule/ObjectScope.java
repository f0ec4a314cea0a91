package io.kubelint.core.rule;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Finding;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.schema.SchemaValidator;
import io.kubelint.core.yaml.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the rules checking one object (or one document, when {@code object} is null) share: where findings go and
 * the object's schema validation and the values rules share, each computed at most once.
 */
final class ObjectScope {

  final LintEnvironment env;
  final SourceDocument source;
  final KubeObject object;
  final List<Finding> sink;
  private List<SchemaError> schemaErrors;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  ObjectScope(LintEnvironment env, SourceDocument source, KubeObject object, List<Finding> sink) {
    this.env = env;
    this.source = source;
    this.object = object;
    this.sink = sink;
  }

  Optional<ResourceType> resourceType() {
    if (object == null || object.ref().apiVersion() == null || object.ref().kind() == null) {
      return Optional.empty();
    }
    return env.schemas().resource(object.ref().apiVersion(), object.ref().kind());
  }

  <T> T shared(Class<T> type, Supplier<T> compute) {
    Object value = shared.get(type);
    if (value == null) {
      value = Objects.requireNonNull(compute.get(), "shared value");
      shared.put(type, value);
    }
    return type.cast(value);
  }

  List<SchemaError> schemaErrors() {
    if (schemaErrors == null) {
      schemaErrors = resourceType()
          .map(type -> SchemaValidator.validate(object.json(), env.schemas().compiled(type)))
          .orElse(List.of());
    }
    return schemaErrors;
  }
}
