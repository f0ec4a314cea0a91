package io.kubelint.rules.service;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.rule.RunContext;
import io.kubelint.core.rule.RunFinding;
import io.kubelint.core.rule.RunMatcher;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.rules.facts.PodTemplateFacts;
import io.kubelint.rules.facts.ServiceFacts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Service port whose {@code targetPort} is a name that the pods the Service selects do not declare: no port of
 * their app containers or sidecars has that {@code name} with the Service port's {@code protocol} (both default to
 * TCP), which is how the EndpointSlice controller resolves a named target port (FindPort in
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/api/v1/pod/util.go). A pod without the port gets no
 * endpoint for that Service port. An error when none of the selected pod templates declares it (the Service port
 * has no endpoints at all), a warning when only some do. The pod templates are those of the whole run that the
 * selector matches ({@link ServicePods}); a Service that selects none is left to {@code dangling-service}. A numeric
 * {@code targetPort} is not checked: the container's {@code ports} list is informational, any port the process
 * listens on works. With a declared name close to the one written, the finding offers the fix that uses it.
 */
@RuleInfo(id = "service-target-port", severity = Severity.ERROR,
    summary = "A Service's named targetPort is not a port name of the pods it selects",
    rationale = "A named targetPort is resolved in each selected pod against the names of its containers' ports "
        + "(with the same protocol). A pod that declares no such port gets no endpoint for it, so the Service port "
        + "sends its traffic nowhere: connections are refused, although the pods run and are Ready.",
    docs = "https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports",
    kinds = "Service",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class ServiceTargetPort implements RunMatcher {

  @Override
  public List<FactType<?>> facts() {
    return List.of(ServiceFacts.TYPE, PodTemplateFacts.TYPE);
  }

  @Override
  public void matchRun(RunIndex index, RunContext ctx) {
    for (ServicePods pods : ServicePods.of(index)) {
      if (pods.service().fact().ports().stream().allMatch(p -> p.targetName() == null)) {
        continue;
      }
      List<RunIndex.Entry<PodTemplateFacts>> selected = pods.selected();
      for (ServiceFacts.Port port : pods.service().fact().ports()) {
        if (port.targetName() != null && !selected.isEmpty()) {
          check(pods, selected, port, ctx);
        }
      }
    }
  }

  private static void check(ServicePods pods, List<RunIndex.Entry<PodTemplateFacts>> selected,
                            ServiceFacts.Port port, RunContext ctx) {
    String name = port.targetName();
    List<RunIndex.Entry<PodTemplateFacts>> lacking = selected.stream()
        .filter(t -> !t.fact().declares(name, port.protocol())).toList();
    if (lacking.isEmpty()) {
      return;
    }
    boolean none = lacking.size() == selected.size();
    String service = pods.service().object().ref().name();
    RunFinding finding = ctx.report(pods.service().object(), port.targetAt());
    if (none) {
      finding.message("targetPort %s names no %s port of the pods Service %s selects, so port %d of the Service has "
          + "no endpoints", name, port.protocol(), service, port.port());
    } else {
      finding.severity(Severity.WARNING)
          .message("targetPort %s names no %s port of some of the pods Service %s selects: those of %s get no "
              + "traffic on port %d of the Service", name, port.protocol(), service, ServicePods.names(lacking),
              port.port());
    }
    for (RunIndex.Entry<PodTemplateFacts> t : lacking.subList(0, Math.min(3, lacking.size()))) {
      finding.help(t.object().display() + " declares " + (t.fact().ports().isEmpty() ? "no named ports"
          : String.join(", ", t.fact().ports().stream().map(PodTemplateFacts.Port::display).toList())));
    }
    Set<String> declared = new LinkedHashSet<>();
    Set<String> otherProtocol = new LinkedHashSet<>();
    for (RunIndex.Entry<PodTemplateFacts> t : lacking) {
      for (PodTemplateFacts.Port p : t.fact().ports()) {
        if (p.protocol().equals(port.protocol())) {
          declared.add(p.name());
        } else if (name.equals(p.name())) {
          otherProtocol.add(p.protocol());
        }
      }
    }
    if (!otherProtocol.isEmpty()) {
      finding.help("their port " + name + " is " + String.join(" and ", otherProtocol) + ", the Service port "
          + port.protocol() + ": give both the same protocol");
    }
    var suggestion = DidYouMean.closest(name, declared);
    if (!none) {
      finding.help("name their " + port.protocol() + " container port " + name + " too, as the other pods do");
    } else if (suggestion.isPresent()) {
      finding.help("did you mean " + suggestion.get() + "?")
          .fixValue("use targetPort " + suggestion.get(), Yaml.plainOrQuoted(suggestion.get()));
    } else if (otherProtocol.isEmpty()) {
      finding.help("name the container port: ports: [{name: " + name + ", containerPort: …}], or use the port "
          + "number as targetPort");
    }
    finding.emit();
  }
}
