package io.kubelint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.Probe;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonPointer;

/** The engine dispatches each matcher only where the scope its {@link RuleInfo} declares fits. */
class RuleScopeTest {

  @RuleInfo(id = "saw-job-template", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      kinds = {"batch/Job", "batch/CronJob"}, sets = RuleSet.RECOMMENDED)
  private static final class JobTemplates implements PodTemplateMatcher {
    @Override
    public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
      ctx.report(pod.path()).message("pod template of %s", pod.owner().kind()).emit();
    }
  }

  @RuleInfo(id = "saw-deployment", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      kinds = "apps/Deployment", sets = RuleSet.RECOMMENDED)
  private static final class Deployments implements ObjectMatcher {
    @Override
    public void matchObject(KubeObject object, RuleContext ctx) {
      ctx.report(JsonPointer.compile("/kind")).message("%s %s", object.ref().apiVersion(), object.kind()).emit();
    }
  }

  @RuleInfo(id = "saw-sidecar-readiness", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      containers = Container.Type.INIT, probes = Probe.Type.READINESS, sets = RuleSet.RECOMMENDED)
  private static final class SidecarReadiness implements ProbeMatcher {
    @Override
    public void matchProbe(Probe probe, RuleContext ctx) {
      ctx.report(probe.path()).message("%s of %s", probe.type(), probe.container().name()).emit();
    }
  }

  @RuleInfo(id = "saw-app-container", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      containers = Container.Type.APP, sets = RuleSet.RECOMMENDED)
  private static final class AppContainers implements ContainerMatcher {
    @Override
    public void matchContainer(Container container, RuleContext ctx) {
      ctx.report(container.path()).message("container %s", container.name()).emit();
    }
  }

  private static final String MANIFESTS = """
      apiVersion: batch/v1
      kind: Job
      metadata: {name: once}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: task, image: busybox}]
      ---
      apiVersion: extensions/v1beta1
      kind: Deployment
      metadata: {name: legacy}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            initContainers:
              - name: proxy
                image: envoy
                restartPolicy: Always
                readinessProbe: {tcpSocket: {port: 15001}}
                livenessProbe: {tcpSocket: {port: 15001}}
            containers:
              - name: web
                image: nginx
                readinessProbe: {httpGet: {port: 80}}
      ---
      apiVersion: example.com/v1
      kind: Deployment
      metadata: {name: not-apps}
      """;

  @Test
  void eachMatcherSeesOnlyWhatItsScopeFits(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("all.yaml"), MANIFESTS);
    SchemaCatalog catalog = new SchemaCatalog();
    var result = new Linter(LintOptions.defaults(catalog.defaultVersion()).withThreads(1),
        List.of(new JobTemplates(), new Deployments(), new SidecarReadiness(), new AppContainers()), catalog)
        .lint(List.of(Input.of(dir)));
    List<String> seen = result.findings().stream().filter(f -> f.ruleId().startsWith("saw-"))
        .map(f -> f.ruleId() + ": " + f.message()).toList();
    assertEquals(List.of(
        "saw-job-template: pod template of Job",
        "saw-app-container: container task",
        "saw-deployment: extensions/v1beta1 Deployment",
        "saw-deployment: apps/v1 Deployment",
        "saw-sidecar-readiness: READINESS of proxy",
        "saw-app-container: container web"), seen);
    assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("internal-error"))
        .map(Finding::message).toList());
  }

  @Test
  void theScopeInWordsAndItsKinds() {
    RuleDescriptor sidecars = RuleDescriptor.of(SidecarReadiness.class);
    assertEquals("readiness probes of init containers", sidecars.scope().describe("probes"));
    assertEquals("pod templates of `batch/Job` and `batch/CronJob`",
        RuleDescriptor.of(JobTemplates.class).scope().describe("pod templates"));
    assertEquals("objects", RuleScope.EVERYTHING.describe("objects"));
    assertThrows(IllegalArgumentException.class, () -> io.kubelint.core.k8s.GroupKind.parse("apps/deployment"));
    assertThrows(IllegalArgumentException.class, () -> io.kubelint.core.k8s.GroupKind.parse("Apps/Deployment"));
    assertEquals("Service", io.kubelint.core.k8s.GroupKind.parse("Service").toString());
  }
}
