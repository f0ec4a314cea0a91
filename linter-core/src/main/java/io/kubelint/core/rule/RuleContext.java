package io.kubelint.core.rule;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.schema.CompiledSchema;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.schema.SchemaSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What a rule sees besides the shape it matched: the run's Kubernetes version and schemas, the object's schema
 * validation, and the way to report findings. One context serves one rule on one object; it is not shared between
 * threads.
 */
public final class RuleContext {

  private final RuleDescriptor rule;
  private final ObjectScope scope;

  RuleContext(RuleDescriptor rule, ObjectScope scope) {
    this.rule = rule;
    this.scope = scope;
  }

  /** The rule this context reports for. */
  public RuleDescriptor rule() {
    return rule;
  }

  /**
   * The options the user configured for this rule ({@link RuleSettings#options}), or a missing node: a rule reads
   * its options with {@code path(...)} and falls back to its documented defaults.
   */
  public JsonNode options() {
    return scope.env.settings().options(rule.id());
  }

  /**
   * The Kubernetes version the run targets, as the user asked for it ({@code --kubernetes-version}): decide
   * lifecycle questions (is the apiVersion deprecated or removed yet?) with it and name it in messages. For a minor
   * without bundled schemas (1.29) the schemas are another version's: see {@link #schemaVersion()}.
   */
  public KubernetesVersion kubernetesVersion() {
    return scope.env.kubernetesVersion();
  }

  /**
   * The version whose bundled schemas and served-kind index {@link #schemas()} holds: the target itself, or the
   * supported version standing in for a minor without schemas ({@link io.kubelint.core.schema.SchemaCatalog#resolve}).
   */
  public KubernetesVersion schemaVersion() {
    return scope.env.schemaVersion();
  }

  /** The built-in kinds and schemas standing in for the target version (those of {@link #schemaVersion()}). */
  public SchemaSet schemas() {
    return scope.env.schemas();
  }

  /**
   * The supported Kubernetes versions whose bundled index serves {@code apiVersion}/{@code kind}, oldest first (the
   * indexes are read on first use: ask only about kinds {@link #schemas()} does not serve).
   */
  public List<KubernetesVersion> versionsServing(String apiVersion, String kind) {
    return scope.env.versionsServing(apiVersion, kind);
  }

  /** The apiVersions under which the run's CRDs define {@code kind} in {@code group} (empty when none). */
  public List<String> customApiVersions(String group, String kind) {
    return scope.env.run().custom().apiVersionsOf(group, kind);
  }

  /**
   * Whether findings about custom resources without a CRD or schema are turned off
   * ({@code --ignore-missing-schemas}).
   */
  public boolean ignoreMissingSchemas() {
    return scope.env.ignoreMissingSchemas();
  }

  /**
   * A context of the same rule and document whose findings are about {@code object}, an object of the document: a
   * {@link DocumentMatcher} reports a key written twice inside a {@code List} item about that item.
   */
  public RuleContext about(KubeObject object) {
    return new RuleContext(rule, new ObjectScope(scope.env, scope.source, object, scope.sink));
  }

  /** The object being checked, or {@code null} for a document-level context. */
  public KubeObject object() {
    return scope.object;
  }

  /** The kind of the object: built in, or learnt from a CRD or schema folder of the run; empty when unknown. */
  public Optional<ResourceType> resourceType() {
    return scope.resourceType();
  }

  /**
   * The compiled schema of the object's kind (built in, or from a CRD or schema file of the run), for questions
   * such as {@link CompiledSchema#uniqueLists}; empty when the kind is unknown or its schema cannot be used.
   */
  public Optional<CompiledSchema> compiledSchema() {
    return scope.compiledSchema();
  }

  /**
   * The violations of the object's kind schema; computed on first call, shared with the other rules; empty when
   * the kind has no schema.
   */
  public List<SchemaError> schemaErrors() {
    return scope.schemaErrors();
  }

  /**
   * A value about the current object that several rules need, computed by the first rule that asks and shared with
   * the others (the simulation of a workload, which feeds several rules). The object is checked on one thread, so
   * {@code compute} runs at most once per object and type.
   *
   * @param type the class of the value, which is also its key: use a type owned by the code that computes it
   * @param compute computes the value; must not return {@code null}
   * @return the value
   * @throws NullPointerException when {@code compute} returns {@code null}
   */
  public <T> T shared(Class<T> type, Supplier<T> compute) {
    return scope.shared(type, compute);
  }

  /**
   * Why the schema of the object's kind could not be used (a CRD or schema file that is not a valid JSON Schema),
   * or {@code null} when it could, or when the kind has no schema.
   */
  public String schemaFailure() {
    return scope.schemaFailure();
  }

  /**
   * The scalar at {@code path} inside the current object as written in the manifest (without quotes), or
   * {@code null} when there is no scalar there.
   */
  public String sourceText(JsonPointer path) {
    if (scope.object == null) {
      return null;
    }
    return scope.source.scalarText(scope.object.absolute(path));
  }

  /**
   * Starts a finding about the node at {@code path} inside the current object. By default it points at the key of
   * the last path segment (at the item, for a sequence item); call {@link FindingBuilder#atValue()} to point at the
   * value. Finish with {@link FindingBuilder#emit()}.
   *
   * @throws IllegalStateException in a document-level context
   */
  public FindingBuilder report(JsonPointer path) {
    if (scope.object == null) {
      throw new IllegalStateException("no object in this context; use reportAt");
    }
    return new FindingBuilder(rule, scope, path);
  }

  /** Starts a finding at a fixed place in the file (for problems found before there is an object). */
  public FindingBuilder reportAt(int line, int column, int length) {
    return new FindingBuilder(rule, scope, null, line, column, length);
  }

  /**
   * Starts a finding about {@code path} inside the current object (inside the document, in a document-level
   * context) at a place the caller knows better than the position index: the second of two equal keys, which a
   * JSON pointer cannot tell from the first.
   *
   * @param line 1-based file line, positive
   */
  public FindingBuilder reportAt(JsonPointer path, int line, int column, int length) {
    return new FindingBuilder(rule, scope, path, line, column, length);
  }
}
