package io.kubelint.core.yaml;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.core.JsonPointer;

/**
 * One parsed YAML document with its source text: the position index that lets any finding, from any stage, point
 * at the exact key or value a JSON pointer names.
 *
 * <p>Lookups walk the composed node tree along the pointer (following merge keys, and taking the last of duplicated
 * keys, as the converter does), so nothing is indexed up front: documents without findings cost nothing.
 */
public final class SourceDocument {

  /** Whether a finding points at a mapping key or at its value. */
  public enum Target {
    /** The key ({@code ports:}); for a sequence item, the item itself. */
    KEY,
    /** The value. */
    VALUE
  }

  private final String file;
  private final SourceChunk chunk;
  private final Node root;
  private String[] lines;

  /**
   * @param file the file as named in reports
   * @param chunk the document's text
   * @param root its composed node tree, or {@code null} when it could not be parsed
   */
  public SourceDocument(String file, SourceChunk chunk, Node root) {
    this.file = file;
    this.chunk = chunk;
    this.root = root;
  }

  /** The file as named in reports. */
  public String file() {
    return file;
  }

  /** The document's chunk. */
  public SourceChunk chunk() {
    return chunk;
  }

  /** The composed root node, or {@code null}. */
  public Node root() {
    return root;
  }

  /**
   * The text of a line of the file, when it belongs to this document.
   *
   * @param fileLine 1-based line of the file
   * @return the line without its line break, or {@code null} when outside this document
   */
  public String line(int fileLine) {
    if (chunk.text() == null) {
      return null;
    }
    if (lines == null) {
      lines = chunk.text().split("\n", -1);
    }
    int i = fileLine - chunk.startLine();
    return i >= 0 && i < lines.length ? lines[i] : null;
  }

  /** Span of the start of the document (its root node, or the first line of the chunk). */
  public Span start() {
    if (root == null) {
      return new Span(chunk.startLine(), 1, 1, true);
    }
    int[] at = YamlToJson.start(root, chunk.startLine() - 1);
    return new Span(at[0], at[1], 1, true);
  }

  /**
   * Where the node at a JSON pointer is written.
   *
   * @param pointer pointer from the document root
   * @param target the key or the value of the last segment
   * @return the span; when the pointer leads nowhere, the span of its deepest existing ancestor's key, marked
   *     not {@link Span#exact()}
   */
  public Span locate(JsonPointer pointer, Target target) {
    if (root == null) {
      return start();
    }
    Node node = root;
    Node key = null;
    JsonPointer rest = pointer;
    while (!rest.matches()) {
      Node[] child = child(node, rest);
      if (child == null) {
        return span(key != null ? key : node, false);
      }
      key = child[0];
      node = child[1];
      rest = rest.tail();
    }
    if (key == null) {
      return start();
    }
    return span(target == Target.KEY ? key : node, true);
  }

  /**
   * The text of the scalar at a pointer as written in the file (without quotes), or {@code null} when the pointer
   * does not lead to a scalar. Lets messages quote what the user wrote ({@code yes}) rather than what YAML made of
   * it ({@code true}).
   */
  public String scalarText(JsonPointer pointer) {
    return nodeAt(pointer) instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar ? scalar.getValue() : null;
  }

  /** The value node a pointer leads to, or {@code null}. */
  private Node nodeAt(JsonPointer pointer) {
    Node node = root;
    JsonPointer rest = pointer;
    while (node != null && !rest.matches()) {
      Node[] child = child(node, rest);
      node = child == null ? null : child[1];
      rest = rest.tail();
    }
    return node;
  }

  /**
   * Whether the value at a pointer is a scalar written on one line, plain or quoted (not a {@code |} or {@code >}
   * block scalar): only then can a finding point inside its text, or a fix replace it in place.
   */
  public boolean isInlineScalar(JsonPointer pointer) {
    if (!(nodeAt(pointer) instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar)) {
      return false;
    }
    var style = scalar.getScalarStyle();
    boolean inlineStyle = style == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
        || style == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED
        || style == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED;
    var start = scalar.getStartMark();
    var end = scalar.getEndMark();
    return inlineStyle && start.isPresent() && end.isPresent() && start.get().getLine() == end.get().getLine();
  }

  /**
   * Whether the key at a pointer is a key of a block-style mapping that starts its line (after indentation and
   * sequence dashes, {@code - kind: Service}): only then can a line be inserted before it without breaking the
   * document, as a flow mapping ({@code {kind: Service}}, JSON) would need a comma.
   */
  public boolean startsBlockLine(JsonPointer pointer) {
    if (pointer.matches() || !(nodeAt(pointer.head()) instanceof MappingNode mapping)
        || mapping.getFlowStyle() != org.snakeyaml.engine.v2.common.FlowStyle.BLOCK) {
      return false;
    }
    Span key = locate(pointer, Target.KEY);
    String text = line(key.line());
    return key.exact() && text != null && key.column() - 1 <= text.length()
        && text.substring(0, key.column() - 1).matches("[ -]*");
  }

  private Span span(Node node, boolean exact) {
    int[] at = YamlToJson.start(node, chunk.startLine() - 1);
    return new Span(at[0], at[1], YamlToJson.width(node), exact);
  }

  /** {key, value} of the child a pointer segment names; for a sequence item both are the item. */
  private static Node[] child(Node node, JsonPointer segment) {
    if (node instanceof SequenceNode sequence) {
      int index = segment.getMatchingIndex();
      List<Node> items = sequence.getValue();
      return index >= 0 && index < items.size() ? new Node[] {items.get(index), items.get(index)} : null;
    }
    if (node instanceof MappingNode mapping) {
      String name = segment.getMatchingProperty();
      NodeTuple found = null;
      for (NodeTuple tuple : mapping.getValue()) {
        if (!YamlToJson.isMergeKey(tuple.getKeyNode()) && YamlToJson.keyText(tuple.getKeyNode()).equals(name)) {
          found = tuple;
        }
      }
      if (found != null) {
        return new Node[] {found.getKeyNode(), found.getValueNode()};
      }
      for (NodeTuple tuple : mapping.getValue()) {
        if (YamlToJson.isMergeKey(tuple.getKeyNode())) {
          Node merge = tuple.getValueNode();
          List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
          for (Node source : sources) {
            Node[] inherited = child(source, segment);
            if (inherited != null) {
              return inherited;
            }
          }
        }
      }
    }
    return null;
  }
}
