package io.kubelint.core.rule;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.Probe;
import io.kubelint.core.model.Finding;
import io.kubelint.core.yaml.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JsonPointer;

/**
 * Walks each object once and dispatches: every {@link ObjectMatcher} sees the object, every
 * {@link PodTemplateMatcher} its pod template, every {@link ContainerMatcher} each container, every
 * {@link ProbeMatcher} each probe. A rule that throws is reported as {@code internal-error} on that object; the
 * others still run. Thread-safe: rules are stateless and all per-object state lives in the scope.
 */
public final class RuleEngine {

  /** The generic schema rule whose findings give way to a more specific rule's at the same path. */
  private static final String SCHEMA_VIOLATION = "schema-violation";

  private final Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
  private final Map<Class<?>, RuleDescriptor> byClass = new java.util.HashMap<>();
  private final List<Dispatch<ObjectMatcher>> objectRules = new ArrayList<>();
  private final List<Dispatch<PodTemplateMatcher>> podRules = new ArrayList<>();
  private final List<Dispatch<ContainerMatcher>> containerRules = new ArrayList<>();
  private final List<Dispatch<ProbeMatcher>> probeRules = new ArrayList<>();
  private final RuleDescriptor internalError = RuleDescriptor.of(InternalError.class);

  private record Dispatch<M>(M rule, RuleDescriptor descriptor) {
  }

  /**
   * @param rules every rule of the run, matchers and document-level rules alike (ids must be unique)
   * @param settings which rules are off
   * @throws IllegalArgumentException when two rules share an id
   */
  public RuleEngine(List<? extends Rule> rules, RuleSettings settings) {
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      byClass.put(rule.getClass(), d);
      if (descriptors.put(d.id(), d) != null) {
        throw new IllegalArgumentException("two rules with id " + d.id());
      }
      if (!settings.enabled(d.id())) {
        continue;
      }
      if (rule instanceof ObjectMatcher m) {
        objectRules.add(new Dispatch<>(m, d));
      }
      if (rule instanceof PodTemplateMatcher m) {
        podRules.add(new Dispatch<>(m, d));
      }
      if (rule instanceof ContainerMatcher m) {
        containerRules.add(new Dispatch<>(m, d));
      }
      if (rule instanceof ProbeMatcher m) {
        probeRules.add(new Dispatch<>(m, d));
      }
    }
    if (descriptors.putIfAbsent(internalError.id(), internalError) != null) {
      throw new IllegalArgumentException("rule id " + internalError.id() + " is reserved");
    }
  }

  /** Every known rule, in registration order. */
  public List<RuleDescriptor> descriptors() {
    return List.copyOf(descriptors.values());
  }

  /**
   * A context for findings about a document rather than an object (syntax errors, duplicate keys).
   *
   * @param rule a registered rule class
   * @return the context, or {@code null} when that rule is disabled
   */
  public RuleContext documentContext(Class<? extends Rule> rule, LintEnvironment env, SourceDocument source,
                                     List<Finding> sink) {
    return documentContext(rule, env, source, null, sink);
  }

  /**
   * A context for findings the loader makes about an object of a document (a duplicated key inside it, a
   * {@code List} without items), outside the rule run of {@link #lint}.
   *
   * @param rule a registered rule class
   * @param object the object the findings are about, or {@code null} for the document
   * @return the context, or {@code null} when that rule is disabled
   */
  public RuleContext documentContext(Class<? extends Rule> rule, LintEnvironment env, SourceDocument source,
                                     KubeObject object, List<Finding> sink) {
    RuleDescriptor d = byClass.get(rule);
    if (d == null) {
      throw new IllegalArgumentException(rule.getName() + " is not a rule of this engine");
    }
    return env.settings().enabled(d.id()) ? new RuleContext(d, new ObjectScope(env, source, object, sink)) : null;
  }

  /** Runs every enabled rule on one object and adds the findings to {@code sink}. */
  public void lint(KubeObject object, LintEnvironment env, SourceDocument source, List<Finding> sink) {
    List<Finding> found = new ArrayList<>();
    ObjectScope scope = new ObjectScope(env, source, object, found);
    for (Dispatch<ObjectMatcher> d : objectRules) {
      run(d.descriptor(), scope, ctx -> d.rule().matchObject(object, ctx));
    }
    PodTemplate pod = PodTemplate.of(object);
    if (pod != null) {
      for (Dispatch<PodTemplateMatcher> d : podRules) {
        run(d.descriptor(), scope, ctx -> d.rule().matchPodTemplate(pod, ctx));
      }
      for (Container container : pod.containers()) {
        for (Dispatch<ContainerMatcher> d : containerRules) {
          run(d.descriptor(), scope, ctx -> d.rule().matchContainer(container, ctx));
        }
        for (Probe probe : container.probes()) {
          for (Dispatch<ProbeMatcher> d : probeRules) {
            run(d.descriptor(), scope, ctx -> d.rule().matchProbe(probe, ctx));
          }
        }
      }
    }
    sink.addAll(withoutSuperseded(found));
  }

  private void run(RuleDescriptor descriptor, ObjectScope scope, Consumer<RuleContext> body) {
    try {
      body.accept(new RuleContext(descriptor, scope));
    } catch (RuntimeException | StackOverflowError e) {
      new RuleContext(internalError, scope).report(JsonPointer.empty())
          .message("rule %s failed on this object: %s", descriptor.id(), e)
          .emit();
    }
  }

  /**
   * Drops a generic {@code schema-violation} when another rule reported at the same path: the specific rule says
   * the same thing better (an {@code invalid-selector} for a requirement without {@code key}).
   */
  private static List<Finding> withoutSuperseded(List<Finding> found) {
    Set<String> specific = new HashSet<>();
    for (Finding f : found) {
      if (!f.ruleId().equals(SCHEMA_VIOLATION)) {
        specific.add(f.path());
      }
    }
    if (specific.isEmpty()) {
      return found;
    }
    List<Finding> kept = new ArrayList<>(found.size());
    for (Finding f : found) {
      if (!f.ruleId().equals(SCHEMA_VIOLATION) || !specific.contains(f.path())) {
        kept.add(f);
      }
    }
    return kept;
  }
}
