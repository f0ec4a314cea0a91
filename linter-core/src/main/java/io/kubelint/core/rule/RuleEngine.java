package io.kubelint.core.rule;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.Probe;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.run.RunObject;
import io.kubelint.core.yaml.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JsonPointer;

/**
 * Walks each object once and dispatches, to the enabled rules whose {@link RuleScope} fits: every
 * {@link ObjectMatcher} sees the object, every {@link PodTemplateMatcher} its pod template, every
 * {@link ContainerMatcher} each container, every {@link ProbeMatcher} each probe; the same walk records the facts
 * the {@link RunMatcher}s ask for, which see the whole run at its end. Every {@link DocumentMatcher} sees what
 * reading each document found. A rule that throws is reported as {@code internal-error} where it failed (unless that
 * rule is turned off); the others still run. Thread-safe: rules are stateless and all per-object state lives in the scope, per-run state in the
 * {@link RunIndex}.
 */
public final class RuleEngine {

  /** The generic schema rule whose findings give way to a more specific rule's at the same path. */
  private static final String SCHEMA_VIOLATION = "schema-violation";

  private final Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
  private final List<Dispatch<DocumentMatcher>> documentRules = new ArrayList<>();
  private final List<Dispatch<ObjectMatcher>> objectRules = new ArrayList<>();
  private final List<Dispatch<PodTemplateMatcher>> podRules = new ArrayList<>();
  private final List<Dispatch<ContainerMatcher>> containerRules = new ArrayList<>();
  private final List<Dispatch<ProbeMatcher>> probeRules = new ArrayList<>();
  private final List<Dispatch<RunMatcher>> runRules = new ArrayList<>();
  private final Set<FactType<?>> facts = new LinkedHashSet<>();
  private final RuleDescriptor internalError = RuleDescriptor.of(InternalError.class);
  private final boolean internalErrorOn;

  private record Dispatch<M>(M rule, RuleDescriptor descriptor) {

    RuleScope scope() {
      return descriptor.scope();
    }
  }

  /**
   * @param rules every rule of the run, of every matcher type (ids must be unique)
   * @param settings which rules are on
   * @throws IllegalArgumentException when two rules share an id
   */
  public RuleEngine(List<? extends Rule> rules, RuleSettings settings) {
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      if (descriptors.put(d.id(), d) != null) {
        throw new IllegalArgumentException("two rules with id " + d.id());
      }
      if (!settings.enabled(d)) {
        continue;
      }
      add(rule, d, DocumentMatcher.class, documentRules);
      add(rule, d, ObjectMatcher.class, objectRules);
      add(rule, d, PodTemplateMatcher.class, podRules);
      add(rule, d, ContainerMatcher.class, containerRules);
      add(rule, d, ProbeMatcher.class, probeRules);
      if (rule instanceof RunMatcher m) {
        runRules.add(new Dispatch<>(m, d));
        facts.addAll(m.facts());
      }
    }
    if (descriptors.putIfAbsent(internalError.id(), internalError) != null) {
      throw new IllegalArgumentException("rule id " + internalError.id() + " is reserved");
    }
    internalErrorOn = settings.enabled(internalError);
  }

  private static <M> void add(Rule rule, RuleDescriptor d, Class<M> type, List<Dispatch<M>> to) {
    if (type.isInstance(rule)) {
      to.add(new Dispatch<>(type.cast(rule), d));
    }
  }

  /** Every known rule, in registration order. */
  public List<RuleDescriptor> descriptors() {
    return List.copyOf(descriptors.values());
  }

  /** A new index for one run, recording the facts that the enabled {@link RunMatcher}s read (none when none is). */
  public RunIndex newIndex() {
    return new RunIndex(facts);
  }

  /** Runs every enabled {@link DocumentMatcher} on what reading one document found. */
  public void lintDocument(LoadedDocument document, LintEnvironment env, SourceDocument source, List<Finding> sink) {
    ObjectScope scope = new ObjectScope(env, source, null, sink);
    for (Dispatch<DocumentMatcher> d : documentRules) {
      run(d.descriptor(), scope, ctx -> d.rule().matchDocument(document, ctx));
    }
  }

  /** Runs every enabled rule on one object and adds the findings to {@code sink}; records no facts. */
  public void lint(KubeObject object, LintEnvironment env, SourceDocument source, List<Finding> sink) {
    lint(object, env, source, null, sink);
  }

  /**
   * Runs every enabled rule whose scope fits on one object, adds the findings to {@code sink}, and records the
   * object's facts into {@code index}.
   *
   * @param index the run's index ({@link #newIndex()}), or {@code null} to record nothing
   */
  public void lint(KubeObject object, LintEnvironment env, SourceDocument source, RunIndex index,
                   List<Finding> sink) {
    List<Finding> found = new ArrayList<>();
    ObjectScope scope = new ObjectScope(env, source, object, found);
    for (Dispatch<ObjectMatcher> d : objectRules) {
      if (d.scope().appliesTo(object)) {
        run(d.descriptor(), scope, ctx -> d.rule().matchObject(object, ctx));
      }
    }
    PodTemplate pod = PodTemplate.of(object);
    if (pod != null) {
      walk(pod, scope);
    }
    if (index != null) {
      record(object, scope, index);
    }
    sink.addAll(withoutSuperseded(found));
  }

  /** The pod template, its containers and their probes, each to the rules whose scope fits. */
  private void walk(PodTemplate pod, ObjectScope scope) {
    KubeObject object = pod.owner();
    for (Dispatch<PodTemplateMatcher> d : podRules) {
      if (d.scope().appliesTo(object)) {
        run(d.descriptor(), scope, ctx -> d.rule().matchPodTemplate(pod, ctx));
      }
    }
    List<Dispatch<ContainerMatcher>> containers = applicable(containerRules, object);
    List<Dispatch<ProbeMatcher>> probes = applicable(probeRules, object);
    if (containers.isEmpty() && probes.isEmpty()) {
      return;
    }
    for (Container container : pod.containers()) {
      for (Dispatch<ContainerMatcher> d : containers) {
        if (d.scope().appliesTo(container)) {
          run(d.descriptor(), scope, ctx -> d.rule().matchContainer(container, ctx));
        }
      }
      for (Probe probe : probes.isEmpty() ? List.<Probe>of() : container.probes()) {
        for (Dispatch<ProbeMatcher> d : probes) {
          if (d.scope().appliesTo(probe)) {
            run(d.descriptor(), scope, ctx -> d.rule().matchProbe(probe, ctx));
          }
        }
      }
    }
  }

  private static <M> List<Dispatch<M>> applicable(List<Dispatch<M>> rules, KubeObject object) {
    List<Dispatch<M>> out = new ArrayList<>(rules.size());
    for (Dispatch<M> d : rules) {
      if (d.scope().appliesTo(object)) {
        out.add(d);
      }
    }
    return out;
  }

  /** Extracts every fact type the index records from the object, while its document is in memory. */
  private void record(KubeObject object, ObjectScope scope, RunIndex index) {
    RunObject owner = null;
    for (FactType<?> type : index.types()) {
      if (type.appliesTo(object)) {
        owner = owner != null ? owner : runObject(object, scope);
        recordOne(type, object, owner, scope, index);
      }
    }
  }

  /**
   * The object as the index keeps it; its apiVersion and kind, the same for many objects of a run, are kept once
   * ({@link String#intern}).
   */
  private static RunObject runObject(KubeObject object, ObjectScope scope) {
    ObjectRef ref = object.ref();
    return new RunObject(new ObjectRef(ref.apiVersion() == null ? null : ref.apiVersion().intern(),
        ref.kind() == null ? null : ref.kind().intern(), ref.namespace(), ref.name()), scope.source.file(),
        scope.source.locate(object.base(), SourceDocument.Target.KEY).line());
  }

  private <F> void recordOne(FactType<F> type, KubeObject object, RunObject owner, ObjectScope scope,
                             RunIndex index) {
    F fact;
    try {
      fact = type.extract(object, scope);
    } catch (RuntimeException | StackOverflowError e) {
      if (internalErrorOn) {
        new RuleContext(internalError, scope).report(JsonPointer.empty())
            .message("recording the %s facts of this object failed: %s", type.name(), e)
            .emit();
      }
      return;
    }
    if (fact != null) {
      index.add(type, owner, fact);
    }
  }

  /**
   * Runs every enabled {@link RunMatcher} over the run's index, once every document has been linted, and adds the
   * findings to {@code sink}. A rule that throws loses its findings of the run; the others still run.
   *
   * @return what each rule that failed threw, by rule id (empty when none did): a kubelint bug, which the caller
   *     reports as a failure of the run
   */
  public Map<String, Throwable> lintRun(RunIndex index, LintEnvironment env, List<Finding> sink) {
    Map<String, Throwable> failed = new LinkedHashMap<>();
    for (Dispatch<RunMatcher> d : runRules) {
      List<Finding> found = new ArrayList<>();
      try {
        d.rule().matchRun(index, new RunContext(d.descriptor(), env, found));
        sink.addAll(found);
      } catch (RuntimeException | StackOverflowError e) {
        failed.put(d.descriptor().id(), e);
      }
    }
    return failed;
  }

  private void run(RuleDescriptor descriptor, ObjectScope scope, Consumer<RuleContext> body) {
    try {
      body.accept(new RuleContext(descriptor, scope));
    } catch (RuntimeException | StackOverflowError e) {
      if (!internalErrorOn) {
        return;
      }
      RuleContext ctx = new RuleContext(internalError, scope);
      FindingBuilder finding = scope.object == null
          ? ctx.reportAt(scope.source.start().line(), scope.source.start().column(), 1)
          : ctx.report(JsonPointer.empty());
      finding.message("rule %s failed on this %s: %s", descriptor.id(), scope.object == null ? "document" : "object",
          e).emit();
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
