package io.kubelint.core.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleDescriptor;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rule metadata of a run as SARIF {@code reportingDescriptor} objects (SARIF 2.1.0 §3.49), with the properties
 * GitHub code scanning shows: short and full description, help (text and Markdown), the rule's page as
 * {@code helpUri} (§3.49.12; {@code docs/rules/RULE-ID.md} in the repository that {@code informationUri} names),
 * the default level and, for security rules, {@code properties.security-severity} together with the
 * {@code security} tag.
 */
final class SarifRules {

  private SarifRules() {
  }

  /** SARIF level of a kubelint severity: error, warning or note (§3.27.10). */
  static ReportingConfiguration.Level level(Severity severity) {
    return switch (severity) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case INFO -> ReportingConfiguration.Level.NOTE;
    };
  }

  /** The descriptor of one rule. */
  static ReportingDescriptor descriptor(RuleDescriptor rule) {
    ReportingConfiguration configuration = new ReportingConfiguration().withLevel(level(rule.severity()));
    configuration.setEnabled(null);
    configuration.setRank(null);
    ReportingDescriptor descriptor = new ReportingDescriptor()
        .withId(rule.id())
        .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
        .withFullDescription(new MultiformatMessageString().withText(rule.rationale()))
        .withHelp(help(rule))
        .withDefaultConfiguration(configuration)
        .withProperties(properties(rule))
        .withHelpUri(page(rule));
    return descriptor;
  }

  /** The rule's page in kubelint's repository: {@code …/blob/main/docs/rules/RULE-ID.md}. */
  static URI page(RuleDescriptor rule) {
    return URI.create(SarifReporter.INFORMATION_URI + "/blob/main/" + rule.page());
  }

  private static MultiformatMessageString help(RuleDescriptor rule) {
    String text = rule.summary() + ".\n\n" + rule.rationale() + "\n\nRule page: " + page(rule);
    String markdown = "**" + markdown(rule.summary()) + ".**\n\n" + markdown(rule.rationale())
        + "\n\n[Rule page](" + page(rule) + ")";
    if (docs(rule.docs()) != null) {
      text += "\n\nKubernetes documentation: " + rule.docs();
      markdown += "\n\n[Kubernetes documentation](" + rule.docs() + ")";
    }
    return new MultiformatMessageString().withText(text).withMarkdown(markdown);
  }

  private static PropertyBag properties(RuleDescriptor rule) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("kubernetes");
    PropertyBag bag = new PropertyBag();
    if (rule.isSecurityRule()) {
      tags.add("security");
      bag.setAdditionalProperty("security-severity", rule.securitySeverity());
    }
    return bag.withTags(tags);
  }

  /** The documentation link as an absolute http(s) URI, or null when it is missing or malformed. */
  private static URI docs(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.strip());
      return uri.isAbsolute() && uri.getScheme().startsWith("http") ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Escapes the characters that would otherwise start Markdown emphasis, code, links or HTML. */
  private static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
