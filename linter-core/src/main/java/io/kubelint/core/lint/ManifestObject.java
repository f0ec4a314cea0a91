package io.kubelint.core.lint;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.yaml.SourceDocument;
import java.util.Comparator;

/**
 * One Kubernetes object of the inputs, as {@link Linter#read} hands it over.
 *
 * @param document 0-based number of its YAML document in the run, counting the documents of all inputs in the order
 *     they were given (a folder's files sorted by name)
 * @param item 0-based index of the object among the items of a {@code kind: List} document; 0 for a plain document
 * @param object the object
 * @param source its document, to turn a JSON pointer inside the object into a line and column
 */
public record ManifestObject(long document, int item, KubeObject object, SourceDocument source) {

  /** Input order: by document, then by item. */
  public static final Comparator<ManifestObject> ORDER =
      Comparator.comparingLong(ManifestObject::document).thenComparingInt(ManifestObject::item);

  /** The file as named in reports. */
  public String file() {
    return source.file();
  }

  /** The 1-based line of the file where the object starts. */
  public int line() {
    return source.locate(object.base(), SourceDocument.Target.KEY).line();
  }
}
