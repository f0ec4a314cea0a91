package io.kubelint.schemas.gen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the API resources a Kubernetes release serves by reading the REST operations of the {@code *Api.java}
 * classes in the {@code -sources} jar of {@code io.kubernetes:client-java-api}.
 *
 * <p>Each operation method {@code fooCall(...)} builds {@code localVarPath = "/apis/apps/v1/namespaces/{namespace}/deployments"};
 * the collection paths (no {@code {name}} segment, so no subresources) give group, version, plural and scope. The
 * kind is the operation name without its verb and scope ({@code createNamespacedDeployment} → {@code Deployment},
 * {@code listPodForAllNamespaces} → {@code Pod}), which is how the Kubernetes OpenAPI operation ids are built. The
 * model class is the {@code body} parameter of the create operation, or else the item type of the list operation's
 * {@code …List} response (resolved later by reflection, see {@link ModelSchemaBuilder#listItemType}).
 */
final class ApiResourceScanner {

  /** One served resource: {@code group} is empty for the core group; {@code model} is a simple class name. */
  record ApiResource(String group, String version, String kind, String plural, boolean namespaced,
                     String model, boolean modelIsList) {
    String apiVersion() {
      return group.isEmpty() ? version : group + "/" + version;
    }
  }

  private static final Pattern CALL = Pattern.compile("okhttp3\\.Call (\\w+)Call\\(([^)]*)\\)");
  private static final Pattern PATH = Pattern.compile("localVarPath = \"([^\"]+)\"");
  private static final Pattern RESPONSE = Pattern.compile("ApiResponse<(\\w+)> (\\w+)WithHttpInfo\\(");
  private static final Pattern BODY = Pattern.compile("(?:@[\\w.]+\\s+)*(\\w+) body\\b");
  private static final Pattern CORE_PATH = Pattern.compile("/api/(v1)/(namespaces/\\{namespace}/)?([a-z0-9]+)");
  private static final Pattern GROUP_PATH =
      Pattern.compile("/apis/([a-z0-9.\\-]+)/(v[0-9a-z]+)/(namespaces/\\{namespace}/)?([a-z0-9]+)");
  private static final Pattern VERB = Pattern.compile("^(create|list)(Namespaced)?([A-Z]\\w*?)(ForAllNamespaces)?$");

  private ApiResourceScanner() {
  }

  /**
   * Reads every {@code io/kubernetes/client/openapi/apis/*Api.java} entry of the sources jar.
   *
   * @return the served resources, sorted by apiVersion and kind
   * @throws IOException when the jar cannot be read
   * @throws IllegalStateException when a create or list operation on a collection path cannot be read (a path,
   *     body or response of a shape this scanner does not know): the build fails rather than drop a kind
   */
  static List<ApiResource> scan(Path sourcesJar) throws IOException {
    Map<String, ApiResource> byGvk = new TreeMap<>();
    try (ZipFile zip = new ZipFile(sourcesJar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith("io/kubernetes/client/openapi/apis/") && name.endsWith("Api.java")) {
          try (InputStream in = zip.getInputStream(entry)) {
            scanSource(new String(in.readAllBytes(), StandardCharsets.UTF_8), byGvk);
          }
        }
      }
    }
    return new ArrayList<>(byGvk.values());
  }

  private static void scanSource(String source, Map<String, ApiResource> byGvk) {
    Map<String, String> responses = new HashMap<>();
    Matcher response = RESPONSE.matcher(source);
    while (response.find()) {
      responses.put(response.group(2), response.group(1));
    }
    Matcher call = CALL.matcher(source);
    while (call.find()) {
      String op = call.group(1);
      Matcher verb = VERB.matcher(op);
      Matcher path = PATH.matcher(source);
      // {op}ValidateBeforeCall is the generated argument check in front of {op}Call, not an operation
      if (op.endsWith("ValidateBefore") || !verb.matches() || !path.find(call.end())) {
        continue;
      }
      ApiResource resource = resource(verb, call.group(2), path.group(1), responses.get(op));
      if (resource != null) {
        String key = resource.apiVersion() + "/" + resource.kind();
        ApiResource known = byGvk.get(key);
        if (known == null) {
          byGvk.put(key, resource);
        } else {
          // the create body names the model directly; prefer it over a list's item type; namespaced wins
          boolean namespaced = known.namespaced() || resource.namespaced();
          ApiResource better = known.modelIsList() && !resource.modelIsList() ? resource : known;
          byGvk.put(key, new ApiResource(better.group(), better.version(), better.kind(), better.plural(),
              namespaced, better.model(), better.modelIsList()));
        }
      }
    }
  }

  private static ApiResource resource(Matcher verb, String params, String path, String responseType) {
    String group;
    String version;
    String plural;
    boolean namespaced;
    Matcher core = CORE_PATH.matcher(path);
    Matcher grouped = GROUP_PATH.matcher(path);
    if (core.matches()) {
      group = "";
      version = core.group(1);
      namespaced = core.group(2) != null;
      plural = core.group(3);
    } else if (grouped.matches()) {
      group = grouped.group(1);
      version = grouped.group(2);
      namespaced = grouped.group(3) != null;
      plural = grouped.group(4);
    } else if (path.replace("{namespace}", "").contains("{")) {
      // one object or a subresource (pods/{name}/binding), or the generic custom-object calls
      // (/apis/{group}/{version}/{plural}): not a collection of a built-in kind
      return null;
    } else {
      throw new IllegalStateException("operation " + verb.group() + " has a path of unknown shape: " + path);
    }
    String kind = verb.group(3);
    if (verb.group(1).equals("create")) {
      Matcher body = BODY.matcher(params);
      if (!body.find()) {
        throw new IllegalStateException("operation " + verb.group() + " has no body parameter: " + params);
      }
      return new ApiResource(group, version, kind, plural, namespaced, body.group(1), false);
    }
    if (responseType == null || !responseType.endsWith("List")) {
      throw new IllegalStateException("operation " + verb.group() + " does not return a list: " + responseType);
    }
    return new ApiResource(group, version, kind, plural, namespaced, responseType, true);
  }
}
