package io.kubelint.core.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.ObjectRef;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings as SARIF {@code result} objects (SARIF 2.1.0 §3.27) with the parts GitHub code scanning reads: rule id
 * and index, level, message, one location with a physical location (artifact URI and region, §3.29, §3.30) and a
 * logical location naming the Kubernetes object (§3.33), partial fingerprints (§3.27.17) and fixes (§3.55).
 *
 * <p>The model classes come with defaults from the SARIF schema (index -1, rank -1, kind "fail"…); they are cleared
 * here so that the log says only what kubelint knows. One instance serves one report.
 */
final class SarifResults {

  private final ArtifactUris uris;
  private final Map<String, Integer> ruleIndex;
  private final Fingerprints fingerprints = new Fingerprints();

  /**
   * @param uris how file names become artifact URIs
   * @param ruleIndex position of each rule id in {@code tool.driver.rules}
   */
  SarifResults(ArtifactUris uris, Map<String, Integer> ruleIndex) {
    this.uris = uris;
    this.ruleIndex = ruleIndex;
  }

  /** The result for one finding. */
  Result of(Finding f) {
    URI uri = uris.of(f.file());
    Result result = new Result()
        .withRuleId(f.ruleId())
        .withRuleIndex(ruleIndex.get(f.ruleId()))
        .withLevel(switch (f.severity()) {
          case ERROR -> Result.Level.ERROR;
          case WARNING -> Result.Level.WARNING;
          case INFO -> Result.Level.NOTE;
        })
        .withMessage(new Message().withText(message(f)))
        .withLocations(List.of(location(f, uri)))
        .withPartialFingerprints(new PartialFingerprints()
            .withAdditionalProperty(Fingerprints.KEY, fingerprints.of(f, uri.toString())));
    result.setKind(null);
    result.setRank(null);
    if (!f.fixes().isEmpty()) {
      Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
      for (Fix fix : f.fixes()) {
        fixes.add(fix(fix, uri));
      }
      result.setFixes(fixes);
    }
    return result;
  }

  /**
   * The message, then each help entry on a line of its own after {@code help: }: the text of a finding in the
   * formats that have room for one message only (SARIF, GitHub annotations, Code Climate).
   */
  static String message(Finding f) {
    StringBuilder text = new StringBuilder(f.message());
    for (String help : f.help()) {
      text.append("\nhelp: ").append(help);
    }
    return text.toString();
  }

  private static Location location(Finding f, URI uri) {
    Region region = region(f.line(), f.column(), f.column() + f.length());
    PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(uri)).withRegion(region);
    if (f.sourceLine() != null) {
      String span = codePoints(f.sourceLine(), f.column(), f.length());
      if (!span.isEmpty()) {
        region.setSnippet(new ArtifactContent().withText(span));
      }
      Region context = region(f.line(), null, null);
      context.setSnippet(new ArtifactContent().withText(f.sourceLine()));
      physical.setContextRegion(context);
    }
    Location location = new Location().withPhysicalLocation(physical);
    location.setId(null);
    if (f.object() != null) {
      location.setLogicalLocations(Set.of(logical(f.object(), f.path())));
    }
    return location;
  }

  /**
   * {@link ObjectRef#qualifiedName()} ({@code Kind/namespace/name}), kind {@code object}; the fully qualified name
   * adds the JSON path after {@code #}.
   */
  static LogicalLocation logical(ObjectRef ref, String path) {
    String name = ref.qualifiedName();
    LogicalLocation logical = new LogicalLocation()
        .withName(name)
        .withFullyQualifiedName(path.isEmpty() ? name : name + "#" + path)
        .withKind("object");
    logical.setIndex(null);
    logical.setParentIndex(null);
    return logical;
  }

  private static com.contrastsecurity.sarif.Fix fix(Fix fix, URI uri) {
    com.contrastsecurity.sarif.Replacement replacement = new com.contrastsecurity.sarif.Replacement()
        .withDeletedRegion(region(fix.line(), fix.column(), fix.column() + fix.length()))
        .withInsertedContent(new ArtifactContent().withText(fix.replacement() == null ? "" : fix.replacement()));
    ArtifactChange change = new ArtifactChange().withArtifactLocation(artifact(uri))
        .withReplacements(List.of(replacement));
    return new com.contrastsecurity.sarif.Fix()
        .withDescription(new Message().withText(fix.description() == null || fix.description().isBlank()
            ? "replace with \"" + replacement.getInsertedContent().getText() + "\"" : fix.description()))
        .withArtifactChanges(Set.of(change));
  }

  /** An artifact location with only its URI. */
  static ArtifactLocation artifact(URI uri) {
    ArtifactLocation location = new ArtifactLocation().withUri(uri.toString());
    location.setIndex(null);
    return location;
  }

  /** A region on one line; columns may be null (a whole line). */
  private static Region region(int line, Integer startColumn, Integer endColumn) {
    Region region = new Region().withStartLine(line).withStartColumn(startColumn).withEndColumn(endColumn);
    region.setCharOffset(null);
    region.setByteOffset(null);
    return region;
  }

  /** The code points {@code [column, column + length)} of {@code line} that exist. */
  private static String codePoints(String line, int column, int length) {
    int count = line.codePointCount(0, line.length());
    int from = Math.min(count, column - 1);
    int to = Math.min(count, column - 1 + length);
    return line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to));
  }
}
