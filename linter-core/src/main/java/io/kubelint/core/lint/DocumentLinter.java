package io.kubelint.core.lint;

import io.kubelint.core.builtin.DuplicateKey;
import io.kubelint.core.builtin.MissingTypeMeta;
import io.kubelint.core.builtin.SchemaViolation;
import io.kubelint.core.builtin.YamlLimit;
import io.kubelint.core.builtin.YamlSyntax;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.rule.LintEnvironment;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.schema.CrdVersion;
import io.kubelint.core.yaml.SourceChunk;
import io.kubelint.core.yaml.SourceDocument;
import io.kubelint.core.yaml.Span;
import io.kubelint.core.yaml.YamlParser;
import io.kubelint.core.yaml.YamlProblem;
import io.kubelint.core.yaml.YamlToJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Lints one YAML document: parse, convert to JSON, split a {@code List} into its items, and run the rule engine on
 * each object, or, for {@link Linter#read}, hand each object to an {@link ObjectVisitor} instead. Every problem of
 * the document itself becomes a finding; nothing thrown escapes, except what the visitor throws. Thread-safe.
 */
final class DocumentLinter {

  private final RuleEngine engine;
  private final LintEnvironment env;
  private final YamlParser parser;
  private final Deferred deferred;
  private final ObjectVisitor visitor;

  /** A linter of documents: each object goes to the rule engine (custom resources wait in {@code deferred}). */
  DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, Deferred deferred) {
    this(engine, env, parser, deferred, null);
  }

  /** A reader of documents: each object goes to {@code visitor}, none to the rules. */
  DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, ObjectVisitor visitor) {
    this(engine, env, parser, null, visitor);
  }

  private DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, Deferred deferred,
                         ObjectVisitor visitor) {
    this.engine = engine;
    this.env = env;
    this.parser = parser;
    this.deferred = deferred;
    this.visitor = visitor;
  }

  /**
   * @param document 0-based number of the document in the run, in input order
   * @param objects where each linted object is listed, or {@code null} when the run does not list them
   * @return whether the document had any content (empty and comment-only documents do not count)
   */
  boolean lint(String file, SourceChunk chunk, long document, List<Finding> sink, List<LintedObject> objects) {
    Optional<Node> root;
    try {
      root = parser.parse(chunk);
    } catch (YamlProblem problem) {
      report(problem, new SourceDocument(file, chunk, null), sink);
      return true;
    }
    if (root.isEmpty()) {
      return false;
    }
    SourceDocument source = new SourceDocument(file, chunk, root.get());
    YamlToJson.Result converted;
    try {
      converted = YamlToJson.convert(root.get(), chunk.startLine() - 1);
    } catch (YamlProblem problem) {
      report(problem, source, sink);
      return true;
    }
    JsonNode json = converted.json();
    List<KubeObject> found = new ArrayList<>();
    if (!json.isObject()) {
      notAnObject(source, JsonPointer.empty(), json, sink);
    } else if (isList(json)) {
      flatten(json, JsonPointer.empty(), source, found, sink);
    } else if (json.path("kind").asString("").equals("List")) {
      listWithoutItems(object(json, JsonPointer.empty()), source, sink);
    } else {
      found.add(object(json, JsonPointer.empty()));
    }
    if (visitor == null && holdBack(found, file, chunk, document)) {
      return true;
    }
    reportDuplicates(converted.duplicates(), json, found, source, sink);
    for (int i = 0; i < found.size(); i++) {
      handle(found.get(i), source, document, i, sink, objects);
    }
    return true;
  }

  /**
   * Registers the document's CustomResourceDefinitions with the run and, when it holds a custom resource, hands
   * the whole document to {@code deferred}, to be linted once every CRD of the run is known.
   *
   * @return whether the document was held back (nothing of it is reported now)
   */
  private boolean holdBack(List<KubeObject> found, String file, SourceChunk chunk, long document) {
    boolean custom = false;
    for (KubeObject object : found) {
      ObjectRef ref = object.ref();
      if (CrdVersion.isCrd(object.json())) {
        env.run().custom().register(object.json(), file, chunk.startLine());
      } else if (ref.apiVersion() != null && ref.kind() != null
          && env.run().builtIn().resource(ref.apiVersion(), ref.kind()).isEmpty()) {
        custom = true;
      }
    }
    return custom && deferred.offer(file, chunk, document);
  }

  /** A list kubectl flattens: {@code kind: List} or any other {@code *List} kind with an {@code items} array. */
  private static boolean isList(JsonNode json) {
    return json.isObject() && json.path("kind").asString("").endsWith("List") && json.path("items").isArray();
  }

  /**
   * Adds the items of a list to {@code found}, the items of lists inside it too, as kubectl's resource builder
   * flattens nested lists (FlattenListVisitor); items that are not objects are reported.
   */
  private void flatten(JsonNode list, JsonPointer at, SourceDocument source, List<KubeObject> found,
                       List<Finding> sink) {
    JsonNode items = list.path("items");
    JsonPointer base = at.appendProperty("items");
    for (int i = 0; i < items.size(); i++) {
      JsonPointer item = base.appendIndex(i);
      if (isList(items.get(i))) {
        flatten(items.get(i), item, source, found, sink);
      } else if (items.get(i).isObject()) {
        found.add(object(items.get(i), item));
      } else {
        notAnObject(source, item, items.get(i), sink);
      }
    }
  }

  /** A {@code kind: List} whose {@code items} are missing, null or not a list. */
  private void listWithoutItems(KubeObject list, SourceDocument source, List<Finding> sink) {
    RuleContext ctx = engine.documentContext(SchemaViolation.class, env, source, list, sink);
    if (ctx == null) {
      return;
    }
    JsonNode items = list.json().path("items");
    if (items.isMissingNode()) {
      ctx.report(JsonPointer.compile("/kind")).atValue()
          .message("a List needs items, the list of objects it holds; this one has none")
          .help("add the objects under items:, or write them as separate documents divided by ---")
          .emit();
    } else {
      ctx.report(JsonPointer.compile("/items")).atValue()
          .message("items of a List must be a list of objects, found %s", describe(items))
          .emit();
    }
  }

  /**
   * Reports each duplicated key about the object it is in: the innermost {@code List} item whose pointer is a
   * prefix of the key's, else the document's root object.
   */
  private void reportDuplicates(List<YamlToJson.DuplicateKey> duplicates, JsonNode json, List<KubeObject> found,
                                SourceDocument source, List<Finding> sink) {
    for (YamlToJson.DuplicateKey d : duplicates) {
      KubeObject in = json.isObject() ? object(json, JsonPointer.empty()) : null;
      for (KubeObject candidate : found) {
        if (!candidate.base().matches() && d.path().toString().startsWith(candidate.base() + "/")) {
          in = candidate;
        }
      }
      JsonPointer path = in == null || in.base().matches() ? d.path()
          : JsonPointer.compile(d.path().toString().substring(in.base().toString().length()));
      RuleContext ctx = engine.documentContext(DuplicateKey.class, env, source, in, sink);
      if (ctx != null) {
        ctx.reportAt(path, d.line(), d.column(), d.length())
            .message("duplicate key \"%s\" (first on line %d); only this last value is kept", d.key(), d.firstLine())
            .help("merge the two entries into one")
            .emit();
      }
    }
  }

  private void handle(KubeObject object, SourceDocument source, long document, int item, List<Finding> sink,
                      List<LintedObject> objects) {
    if (visitor != null) {
      visitor.visit(new ManifestObject(document, item, object, source));
    } else {
      lintObject(object, source, sink, objects);
    }
  }

  /** Lists the object when the run lists them, and lints it. */
  private void lintObject(KubeObject object, SourceDocument source, List<Finding> sink, List<LintedObject> objects) {
    if (objects != null) {
      Span start = source.locate(object.base(), SourceDocument.Target.KEY);
      objects.add(new LintedObject(source.file(), start.line(), object.ref()));
    }
    engine.lint(object, env, source, sink);
  }

  static KubeObject object(JsonNode json, JsonPointer base) {
    JsonNode metadata = json.path("metadata");
    String name = text(metadata.path("name"));
    return new KubeObject(json, base, new ObjectRef(text(json.path("apiVersion")), text(json.path("kind")),
        text(metadata.path("namespace")), name != null ? name : text(metadata.path("generateName"))));
  }

  private static String text(JsonNode node) {
    return node.isString() && !node.asString().isEmpty() ? node.asString() : null;
  }

  private void notAnObject(SourceDocument source, JsonPointer at, JsonNode json, List<Finding> sink) {
    RuleContext ctx = engine.documentContext(MissingTypeMeta.class, env, source, sink);
    if (ctx != null) {
      Span span = at.matches() ? source.start() : source.locate(at, SourceDocument.Target.VALUE);
      ctx.reportAt(at, span.line(), span.column(), span.length())
          .message("%sexpected a Kubernetes object (a mapping with apiVersion and kind), found %s",
              at.matches() ? "" : KubeObject.subject(at) + ": ", describe(json))
          .emit();
    }
  }

  private static String describe(JsonNode json) {
    return json.isArray() ? "a list" : json.isObject() ? "a mapping" : json.isString() ? "a string"
        : "a " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private void report(YamlProblem problem, SourceDocument source, List<Finding> sink) {
    Class<? extends io.kubelint.core.rule.Rule> rule =
        problem.kind() == YamlProblem.Kind.LIMIT ? YamlLimit.class : YamlSyntax.class;
    RuleContext ctx = engine.documentContext(rule, env, source, sink);
    if (ctx != null) {
      ctx.reportAt(problem.line(), problem.column(), 1).message(problem.getMessage()).emit();
    }
  }
}
