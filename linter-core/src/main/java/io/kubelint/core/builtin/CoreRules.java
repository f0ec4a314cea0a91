package io.kubelint.core.builtin;

import io.kubelint.core.rule.Rule;
import io.kubelint.core.schema.ApiLifecycle;
import java.util.List;

/** The rules that come with the core: YAML loading, schema validation and the lifecycle of Kubernetes APIs. */
public final class CoreRules {

  private CoreRules() {
  }

  /**
   * New instances of every core rule, in the order they are listed to users.
   *
   * @throws java.io.UncheckedIOException when the bundled API lifecycle table cannot be read
   */
  public static List<Rule> all() {
    ApiLifecycle lifecycle = ApiLifecycle.bundled();
    return List.of(new YamlSyntax(), new DuplicateKey(), new YamlLimit(), new MissingTypeMeta(),
        new RemovedApi(lifecycle), new DeprecatedApi(lifecycle), new UnknownKind(lifecycle), new UnknownField(),
        new SchemaViolation());
  }
}
