package io.kubelint.core.rule;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Finding;
import io.kubelint.core.run.FactContext;
import io.kubelint.core.run.Position;
import io.kubelint.core.schema.CompiledSchema;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.schema.SchemaValidator;
import io.kubelint.core.text.FieldPaths;
import io.kubelint.core.yaml.SourceDocument;
import io.kubelint.core.yaml.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JsonPointer;

/**
 * What the rules checking one object (or one document, when {@code object} is null) share: where findings go and
 * the object's schema validation and the values rules share, each computed at most once. It also resolves the
 * object's fields to {@link Position}s for the facts recorded from it.
 */
final class ObjectScope implements FactContext {

  final LintEnvironment env;
  final SourceDocument source;
  final KubeObject object;
  final List<Finding> sink;
  private Optional<ResourceType> resourceType;
  private List<SchemaError> schemaErrors;
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private String schemaFailure;

  ObjectScope(LintEnvironment env, SourceDocument source, KubeObject object, List<Finding> sink) {
    this.env = env;
    this.source = source;
    this.object = object;
    this.sink = sink;
  }

  /** The kind of the object among the built-in and custom kinds of the run; looked up once. */
  Optional<ResourceType> resourceType() {
    if (resourceType == null) {
      resourceType = object == null || object.ref().apiVersion() == null || object.ref().kind() == null
          ? Optional.empty()
          : env.run().resource(object.ref().apiVersion(), object.ref().kind(), source.file());
    }
    return resourceType;
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
      schemaErrors = List.of();
      Optional<ResourceType> type = resourceType();
      if (type.isPresent()) {
        try {
          schemaErrors = SchemaValidator.validate(object.json(), env.run().compiled(type.get()));
        } catch (IllegalArgumentException e) {
          // a CRD or schema file whose schema cannot be read or compiled: its kind is known but cannot be checked
          schemaFailure = e.getMessage();
        }
      }
    }
    return schemaErrors;
  }

  /** The compiled schema of the object's kind; empty when the kind is unknown or its schema cannot be used. */
  Optional<CompiledSchema> compiledSchema() {
    if (resourceType().isEmpty() || schemaFailure() != null) {
      return Optional.empty();
    }
    return Optional.of(env.run().compiled(resourceType().get()));
  }

  @Override
  public Position key(JsonPointer path) {
    return position(path, SourceDocument.Target.KEY);
  }

  @Override
  public Position value(JsonPointer path) {
    return position(path, SourceDocument.Target.VALUE);
  }

  @Override
  public boolean builtInKind() {
    return resourceType().filter(t -> t.origin() == ResourceType.Origin.BUILT_IN).isPresent();
  }

  private Position position(JsonPointer path, SourceDocument.Target target) {
    JsonPointer at = object.absolute(path);
    Span span = source.locate(at, target);
    boolean replaceable = target == SourceDocument.Target.VALUE && span.exact() && source.isInlineScalar(at);
    String pointer = path.toString();
    String identity = FieldPaths.identity(object.json(), path);
    return new Position(source.file(), span.line(), span.column(), span.length(), pointer,
        identity.equals(pointer) ? pointer : identity, source.line(span.line()), replaceable);
  }

  /** Why the object's schema could not be used, or {@code null} (after {@link #schemaErrors()}). */
  String schemaFailure() {
    schemaErrors();
    return schemaFailure;
  }
}
