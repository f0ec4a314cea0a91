package io.kubelint.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.rule.RunContext;
import io.kubelint.core.rule.RunMatcher;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts the run-level rules read of pod templates, taken by the real pipeline from a real manifest. */
class PodFactsTest {

  /** Reports every reference of every pod template at the place it is written. */
  @RuleInfo(id = "show-references", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      sets = RuleSet.RECOMMENDED)
  static final class ShowReferences implements RunMatcher {
    @Override
    public List<FactType<?>> facts() {
      return List.of(PodReferences.TYPE);
    }

    @Override
    public void matchRun(RunIndex index, RunContext ctx) {
      for (RunIndex.Entry<PodReferences> e : index.all(PodReferences.TYPE)) {
        for (PodReferences.Reference r : e.fact().references()) {
          ctx.report(e.object(), r.at()).message("%s %s%s%s", r.kind(), r.name(), r.key() == null ? "" : " " + r.key(),
              r.optional() ? " (optional)" : "").emit();
        }
      }
    }
  }

  private static final String POD = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            serviceAccountName: web-sa
            imagePullSecrets: [{name: registry}]
            volumes:
              - name: config
                configMap:
                  name: web-config
                  items: [{key: app.properties, path: app.properties}]
              - name: certs
                secret: {secretName: web-tls, optional: true}
              - name: data
                persistentVolumeClaim: {claimName: web-data}
              - name: all
                projected:
                  sources:
                    - configMap: {name: shared}
                    - secret: {name: token}
            initContainers:
              - name: migrate
                image: migrate
                envFrom: [{secretRef: {name: db}}]
            containers:
              - name: web
                image: nginx
                env:
                  - name: LEVEL
                    valueFrom: {configMapKeyRef: {name: web-config, key: level}}
                  - name: PASSWORD
                    valueFrom: {secretKeyRef: {name: db, key: password, optional: false}}
                envFrom: [{configMapRef: {name: env, optional: true}}]
      """;

  @Test
  void everyReferenceOfAPodTemplateWithItsPlace(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("web.yaml"), POD);
    SchemaCatalog catalog = new SchemaCatalog();
    var result = new Linter(LintOptions.defaults(catalog.defaultVersion()).withBaseDir(dir).withThreads(1),
        List.of(new ShowReferences()), catalog).lint(List.of(Input.of(dir)));
    List<String> shown = result.findings().stream().filter(f -> f.ruleId().equals("show-references"))
        .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
    assertEquals(List.of(
        "9:27 ServiceAccount web-sa",
        "10:33 Secret registry (optional)",
        "14:19 ConfigMap web-config",
        "14:19 ConfigMap web-config app.properties",
        "17:32 Secret web-tls (optional)",
        "19:46 PersistentVolumeClaim web-data",
        "23:35 ConfigMap shared",
        "24:32 Secret token",
        "28:40 Secret db",
        "34:51 ConfigMap web-config level",
        "36:48 Secret db password",
        "37:43 ConfigMap env (optional)"), shown);
  }

  @Test
  void controllersLabelTheirPods() {
    PodTemplateFacts stateful = new PodTemplateFacts(WorkloadKind.STATEFUL_SET, Map.of("app", "db"), Map.of(),
        List.of());
    assertTrue(stateful.carries("app", "db", "db"));
    assertTrue(stateful.carries("statefulset.kubernetes.io/pod-name", "db-0", "db"));
    assertFalse(stateful.carries("statefulset.kubernetes.io/pod-name", "web-0", "db"));
    assertTrue(stateful.carries("apps.kubernetes.io/pod-index", "2", "db"));
    assertTrue(stateful.carries("controller-revision-hash", "db-5d8c7", "db"));
    assertFalse(stateful.carries("pod-template-hash", "5d8c7", "db"), "Deployments add it, StatefulSets do not");
    PodTemplateFacts deployment = new PodTemplateFacts(WorkloadKind.DEPLOYMENT, Map.of(), Map.of(), List.of());
    assertTrue(deployment.carries("pod-template-hash", "5d8c7", "web"));
    PodTemplateFacts job = new PodTemplateFacts(WorkloadKind.JOB, Map.of(), Map.of(), List.of());
    assertTrue(job.carries("batch.kubernetes.io/job-name", "migrate", "migrate"));
    assertFalse(job.carries("job-name", "other", "migrate"));
    PodTemplateFacts cron = new PodTemplateFacts(WorkloadKind.CRON_JOB, Map.of(), Map.of(), List.of());
    assertTrue(cron.carries("job-name", "report-29012345", "report"));
    PodTemplateFacts pod = new PodTemplateFacts(WorkloadKind.POD, Map.of(), Map.of(), List.of());
    assertFalse(pod.carries("pod-template-hash", "x", "web"), "nothing adds labels to a bare Pod");
    PodTemplateFacts mismatched = new PodTemplateFacts(WorkloadKind.DEPLOYMENT, Map.of("app", "frontend"),
        Map.of("app", "web"), List.of());
    assertTrue(mismatched.carries("app", "web", "web"), "what its selector means it to carry");
    assertTrue(mismatched.carries("app", "frontend", "web"), "what its template says");
  }
}
