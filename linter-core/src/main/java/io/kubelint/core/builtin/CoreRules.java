package io.kubelint.core.builtin;

import io.kubelint.core.rule.Rule;
import java.util.List;

/** The rules that come with the core: YAML loading and schema validation. */
public final class CoreRules {

  private CoreRules() {
  }

  /** New instances of every core rule, in the order they are listed to users. */
  public static List<Rule> all() {
    return List.of(new YamlSyntax(), new DuplicateKey(), new YamlLimit(), new MissingTypeMeta(), new UnknownKind(),
        new UnknownField(), new SchemaViolation());
  }
}
