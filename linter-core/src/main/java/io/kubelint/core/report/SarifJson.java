package io.kubelint.core.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper for the {@code java-sarif} model. The model classes are annotated
 * {@code @JsonInclude(NON_DEFAULT)}, which would drop values equal to the schema's defaults (a result's
 * {@code "level": "warning"}, a rule's default level) and still write the {@code null}s of cleared defaults; a
 * mix-in replaces that with {@code NON_NULL} on every class kubelint fills in, so each value that is set is written
 * and nothing else.
 */
final class SarifJson {

  /** The model classes the SARIF reporter uses. */
  static final List<Class<?>> MODEL = List.of(SarifSchema210.class, Run.class, Tool.class, ToolComponent.class,
      ReportingDescriptor.class, ReportingConfiguration.class, MultiformatMessageString.class, PropertyBag.class,
      Invocation.class, Notification.class, Result.class, Message.class, Location.class, PhysicalLocation.class,
      ArtifactLocation.class, Region.class, ArtifactContent.class, LogicalLocation.class, PartialFingerprints.class,
      Fix.class, ArtifactChange.class, Replacement.class);

  /** Writes set values only. */
  static final JsonMapper MAPPER = mapper();

  private SarifJson() {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class NonNull {
  }

  private static JsonMapper mapper() {
    JsonMapper.Builder builder = JsonOutput.builder();
    for (Class<?> type : MODEL) {
      builder.addMixIn(type, NonNull.class);
    }
    return builder.build();
  }
}
