package io.kubelint.core.yaml;

import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes one document chunk into a snakeyaml-engine node tree (with start and end marks on every node), applying
 * {@link YamlLimits} and {@link KubernetesYamlSchema}, and turns the parser's errors into plain {@link YamlProblem}s.
 * Thread-safe: each call builds its own parser.
 */
public final class YamlParser {

  private final LoadSettings settings;
  private final YamlLimits limits;

  /** A parser with the given limits. */
  public YamlParser(YamlLimits limits) {
    this.limits = limits;
    this.settings = LoadSettings.builder()
        .setSchema(new KubernetesYamlSchema())
        // aliases cost nothing to compose; what they expand to is bounded by YamlLimits.maxNodes (LimitingParser)
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .setAllowRecursiveKeys(false)
        .setAllowDuplicateKeys(true)
        .setAllowNonScalarKeys(true)
        .setCodePointLimit(limits.maxDocumentChars() + 1024)
        .setParseComments(false)
        .setUseMarks(true)
        .build();
  }

  /** The limits this parser applies. */
  public YamlLimits limits() {
    return limits;
  }

  /**
   * Composes the document of a chunk.
   *
   * @return the root node, or empty when the document holds nothing but comments, markers or an empty value
   * @throws YamlProblem for a syntax error or an exceeded limit, positioned in the file
   */
  public Optional<Node> parse(SourceChunk chunk) throws YamlProblem {
    if (chunk.oversized()) {
      throw new YamlProblem(YamlProblem.Kind.LIMIT, String.format(Locale.ROOT,
          "document is larger than the limit of %d characters; it was not linted", limits.maxDocumentChars()),
          chunk.startLine(), 1);
    }
    SourceChunk.Undecodable bad = chunk.undecodable();
    if (bad != null) {
      throw new YamlProblem(YamlProblem.Kind.SYNTAX, String.format(Locale.ROOT,
          "%s %s %s not valid %s text; the document was not linted (is the file saved in another encoding?)",
          bad.bytes().contains(" ") ? "bytes" : "byte", bad.bytes(), bad.bytes().contains(" ") ? "are" : "is",
          bad.encoding()), bad.line(), bad.column());
    }
    int offset = chunk.startLine() - 1;
    try {
      Composer composer = new Composer(settings, new LimitingParser(
          new ParserImpl(settings, new StreamReader(settings, chunk.text())), limits));
      if (!composer.hasNext()) {
        return Optional.empty();
      }
      Node root = composer.next();
      // what follows the document's root value must be nothing but the end of the stream
      composer.hasNext();
      if (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (LimitingParser.Exceeded e) {
      Mark mark = e.mark();
      throw new YamlProblem(YamlProblem.Kind.LIMIT, e.getMessage(),
          mark == null ? chunk.startLine() : mark.getLine() + 1 + offset, mark == null ? 1 : mark.getColumn() + 1);
    } catch (MarkedYamlEngineException e) {
      throw YamlErrors.describe(e, chunk.text(), offset);
    } catch (ReaderException e) {
      // the position counts code points from the start of the chunk
      String text = chunk.text();
      int index = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
      int lineStart = text.lastIndexOf('\n', index - 1) + 1;
      int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
      throw new YamlProblem(YamlProblem.Kind.SYNTAX, String.format(Locale.ROOT,
          "character U+%04X is not allowed in YAML; write it as an escape in a double-quoted string (\"\\u%04X\")",
          e.getCodePoint(), e.getCodePoint()), chunk.startLine() + line, text.codePointCount(lineStart, index) + 1);
    } catch (YamlEngineException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      throw new YamlProblem(YamlProblem.Kind.SYNTAX, YamlErrors.plain(message), chunk.startLine(), 1);
    }
  }
}
