package io.kubelint.core.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts a composed YAML document into the JSON the API server would receive from {@code kubectl}:
 * <ul>
 *   <li>plain scalars typed by {@link KubernetesYamlSchema}; explicitly tagged ones by their tag;</li>
 *   <li>mapping keys become strings ({@code 80: x} has key {@code "80"});</li>
 *   <li>{@code <<} merge keys are applied, explicit keys winning over merged ones;</li>
 *   <li>a duplicated key keeps its last value and is reported;</li>
 *   <li>mapping entries whose value is null are dropped, as the API server's decoder leaves such a field unset;</li>
 *   <li>aliases share the converted value of their anchor (the number of values a document expands to was
 *       already bounded while it was parsed, see {@link YamlLimits#maxNodes()}).</li>
 * </ul>
 */
public final class YamlToJson {

  /**
   * A key that occurs twice in one mapping.
   *
   * @param key the key text
   * @param path JSON pointer of the key from the document's root ({@code /metadata/name}); for a key inside an
   *     anchored node, where the anchor is
   * @param line 1-based file line of the second occurrence
   * @param column 1-based column of the second occurrence
   * @param length code points of the key
   * @param firstLine 1-based file line of the first occurrence
   */
  public record DuplicateKey(String key, JsonPointer path, int line, int column, int length, int firstLine) {
  }

  /**
   * The converted document.
   *
   * @param json the document as JSON
   * @param duplicates duplicated keys, in document order
   */
  public record Result(JsonNode json, List<DuplicateKey> duplicates) {
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int lineOffset;
  private final Map<Node, JsonNode> anchored = new IdentityHashMap<>();
  private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<DuplicateKey> duplicates = new ArrayList<>();
  /** The path to the node being converted: property names and item indexes, built into a pointer on demand. */
  private final ArrayList<Object> path = new ArrayList<>();

  private YamlToJson(int lineOffset) {
    this.lineOffset = lineOffset;
  }

  /**
   * Converts a document in one pass over its node graph: an anchored node is converted once and shared by its
   * aliases.
   *
   * @param root the composed document ({@link YamlParser} has bounded its depth and expanded size)
   * @param lineOffset lines before the document's chunk in its file (added to reported lines)
   * @throws YamlProblem when an alias refers to a collection that contains it, or a key is not a plain value
   */
  public static Result convert(Node root, int lineOffset) throws YamlProblem {
    YamlToJson converter = new YamlToJson(lineOffset);
    JsonNode json = converter.value(root);
    return new Result(json, List.copyOf(converter.duplicates));
  }

  private JsonNode value(Node node) throws YamlProblem {
    boolean hasAnchor = node.getAnchor().isPresent();
    if (hasAnchor) {
      JsonNode shared = anchored.get(node);
      if (shared != null) {
        return shared;
      }
      if (!inProgress.add(node)) {
        int[] at = start(node, lineOffset);
        throw new YamlProblem(YamlProblem.Kind.SYNTAX, "an alias refers to the collection that contains it",
            at[0], at[1]);
      }
    }
    JsonNode out;
    if (node instanceof ScalarNode scalar) {
      out = scalar(scalar);
    } else if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        path.add(array.size());
        array.add(value(item));
        path.remove(path.size() - 1);
      }
      out = array;
    } else {
      out = mapping((MappingNode) node);
    }
    if (hasAnchor) {
      inProgress.remove(node);
      anchored.put(node, out);
    }
    return out;
  }

  private ObjectNode mapping(MappingNode mapping) throws YamlProblem {
    ObjectNode object = NODES.objectNode();
    Map<String, Node> firstKey = new HashMap<>();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (isMergeKey(keyNode)) {
        merges.add(tuple.getValueNode());
        continue;
      }
      if (!(keyNode instanceof ScalarNode)) {
        int[] at = start(keyNode, lineOffset);
        throw new YamlProblem(YamlProblem.Kind.SYNTAX, keyNode instanceof MappingNode
            ? "a mapping is used as a key; if this is template syntax ({{ … }}), render the template first "
                + "(helm template, envsubst) and lint the result"
            : "a list is used as a key; keys must be plain values", at[0], at[1]);
      }
      String key = keyText(keyNode);
      Node first = firstKey.putIfAbsent(key, keyNode);
      path.add(key);
      if (first != null) {
        int[] at = start(keyNode, lineOffset);
        duplicates.add(new DuplicateKey(key, pointer(), at[0], at[1], width(keyNode), start(first, lineOffset)[0]));
      }
      JsonNode v = value(tuple.getValueNode());
      path.remove(path.size() - 1);
      if (v.isNull()) {
        object.remove(key);
      } else {
        object.set(key, v);
      }
    }
    for (Node merge : merges) {
      List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
      for (Node source : sources) {
        if (value(source) instanceof ObjectNode merged) {
          for (Map.Entry<String, JsonNode> entry : merged.properties()) {
            if (!firstKey.containsKey(entry.getKey()) && !object.has(entry.getKey())) {
              object.set(entry.getKey(), entry.getValue());
            }
          }
        }
      }
    }
    return object;
  }

  private JsonPointer pointer() {
    JsonPointer pointer = JsonPointer.empty();
    for (Object segment : path) {
      pointer = segment instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty((String) segment);
    }
    return pointer;
  }

  static boolean isMergeKey(Node key) {
    return key instanceof ScalarNode s && s.isPlain() && s.getValue().equals("<<");
  }

  /** The JSON key for a YAML key: the scalar text, with booleans and numbers spelled as sigs.k8s.io/yaml does. */
  static String keyText(Node key) {
    if (key instanceof ScalarNode scalar) {
      Tag tag = scalar.getTag();
      String text = scalar.getValue();
      if (tag.equals(Tag.BOOL)) {
        return Boolean.toString(KubernetesYamlSchema.booleanValue(text));
      }
      if (tag.equals(Tag.INT)) {
        BigInteger value = KubernetesYamlSchema.parseInteger(text);
        return value == null ? text : value.toString();
      }
      return text;
    }
    return key.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static JsonNode scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(KubernetesYamlSchema.booleanValue(text));
    }
    if (tag.equals(Tag.INT)) {
      BigInteger value = KubernetesYamlSchema.parseInteger(text);
      if (value == null) {
        return NODES.stringNode(text);
      }
      return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(KubernetesYamlSchema.floatValue(text));
      } catch (NumberFormatException e) {
        return NODES.stringNode(text);
      }
    }
    return NODES.stringNode(text);
  }

  static int[] start(Node node, int lineOffset) {
    Mark mark = node.getStartMark().orElse(null);
    return mark == null ? new int[] {lineOffset + 1, 1}
        : new int[] {mark.getLine() + 1 + lineOffset, mark.getColumn() + 1};
  }

  /** Code points a node spans on its first line (at least 1). */
  static int width(Node node) {
    Mark s = node.getStartMark().orElse(null);
    Mark e = node.getEndMark().orElse(null);
    if (s == null || e == null || node instanceof MappingNode || node instanceof SequenceNode) {
      return 1;
    }
    return e.getLine() == s.getLine() ? Math.max(1, e.getColumn() - s.getColumn()) : 1;
  }
}
