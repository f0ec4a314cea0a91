package io.kubelint.core.lint;

/** Receives the objects {@link Linter#read} finds; called on worker threads, several at once. */
@FunctionalInterface
public interface ObjectVisitor {

  /** Called once per object of the inputs. */
  void visit(ManifestObject object);
}
