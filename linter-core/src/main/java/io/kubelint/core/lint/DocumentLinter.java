package io.kubelint.core.lint;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.rule.LintEnvironment;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.run.RunIndex;
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
 * each object, or, for {@link Linter#read}, hand each object to an {@link ObjectVisitor} instead. What it finds
 * about the document itself (a YAML error, keys written twice, items that are not objects) goes to the engine's
 * document rules as a {@link LoadedDocument}: the loader names no rule and words no finding. Nothing thrown
 * escapes, except what the visitor throws. Thread-safe.
 */
final class DocumentLinter {

  private final RuleEngine engine;
  private final LintEnvironment env;
  private final YamlParser parser;
  private final Deferred deferred;
  private final ObjectVisitor visitor;
  private final RunIndex index;

  /**
   * A linter of documents: each object goes to the rule engine (custom resources wait in {@code deferred}), its
   * facts to the run's {@code index}.
   */
  DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, Deferred deferred, RunIndex index) {
    this(engine, env, parser, deferred, null, index);
  }

  /** A reader of documents: each object goes to {@code visitor}, none to the rules. */
  DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, ObjectVisitor visitor) {
    this(engine, env, parser, null, visitor, null);
  }

  private DocumentLinter(RuleEngine engine, LintEnvironment env, YamlParser parser, Deferred deferred,
                         ObjectVisitor visitor, RunIndex index) {
    this.engine = engine;
    this.env = env;
    this.parser = parser;
    this.deferred = deferred;
    this.visitor = visitor;
    this.index = index;
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
      engine.lintDocument(LoadedDocument.failed(problem), env, new SourceDocument(file, chunk, null), sink);
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
      engine.lintDocument(LoadedDocument.failed(problem), env, source, sink);
      return true;
    }
    JsonNode json = converted.json();
    List<KubeObject> found = new ArrayList<>();
    List<LoadedDocument.NonObject> nonObjects = new ArrayList<>();
    List<KubeObject> listsWithoutItems = new ArrayList<>();
    if (!json.isObject()) {
      nonObjects.add(new LoadedDocument.NonObject(JsonPointer.empty(), json, source.start()));
    } else if (isList(json)) {
      flatten(json, JsonPointer.empty(), source, found, nonObjects);
    } else if (json.path("kind").asString("").equals("List")) {
      listsWithoutItems.add(object(json, JsonPointer.empty()));
    } else {
      found.add(object(json, JsonPointer.empty()));
    }
    if (visitor == null && holdBack(found, file, chunk, document)) {
      return true;
    }
    engine.lintDocument(new LoadedDocument(null, duplicates(converted.duplicates(), json, found), nonObjects,
        listsWithoutItems), env, source, sink);
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
   * flattens nested lists (FlattenListVisitor); items that are not objects go to {@code nonObjects}.
   */
  private static void flatten(JsonNode list, JsonPointer at, SourceDocument source, List<KubeObject> found,
                              List<LoadedDocument.NonObject> nonObjects) {
    JsonNode items = list.path("items");
    JsonPointer base = at.appendProperty("items");
    for (int i = 0; i < items.size(); i++) {
      JsonPointer item = base.appendIndex(i);
      if (isList(items.get(i))) {
        flatten(items.get(i), item, source, found, nonObjects);
      } else if (items.get(i).isObject()) {
        found.add(object(items.get(i), item));
      } else {
        nonObjects.add(new LoadedDocument.NonObject(item, items.get(i),
            source.locate(item, SourceDocument.Target.VALUE)));
      }
    }
  }

  /**
   * Each duplicated key with the object it is in: the innermost {@code List} item whose pointer is a prefix of the
   * key's, else the document's root object (none when the document is not a mapping).
   */
  private static List<LoadedDocument.Duplicate> duplicates(List<YamlToJson.DuplicateKey> duplicates, JsonNode json,
                                                           List<KubeObject> found) {
    List<LoadedDocument.Duplicate> out = new ArrayList<>();
    for (YamlToJson.DuplicateKey d : duplicates) {
      KubeObject in = json.isObject() ? object(json, JsonPointer.empty()) : null;
      for (KubeObject candidate : found) {
        if (!candidate.base().matches() && d.path().toString().startsWith(candidate.base() + "/")) {
          in = candidate;
        }
      }
      JsonPointer path = in == null || in.base().matches() ? d.path()
          : JsonPointer.compile(d.path().toString().substring(in.base().toString().length()));
      out.add(new LoadedDocument.Duplicate(in, path, d.key(), d.line(), d.column(), d.length(), d.firstLine()));
    }
    return out;
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
    engine.lint(object, env, source, index, sink);
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
}
