package io.kubelint.core.report;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * Partial fingerprints (SARIF 2.1.0 §3.27.17) that let GitHub code scanning recognise a finding in the next run
 * even when lines were added or removed above it, or items inserted into a list before it. The value is the hex
 * SHA-256 of the rule id, the artifact URI, the object's apiVersion, kind, namespace and name, and the finding's
 * {@link Finding#identity() identity} (its JSON path with named list items, such as containers and env entries,
 * named rather than numbered) — never the line, the column or the message, whose wording may name lines or versions.
 * A finding that is not about an object (a YAML syntax error) has no such identity, so the text of its source line
 * stands in for it.
 *
 * <p>Identical findings in one run (the same problem in two documents that name the same object) would share a
 * value; the second and later ones get {@code :2}, {@code :3}… appended, in report order, so each result keeps a
 * fingerprint of its own. One instance serves one report.
 */
final class Fingerprints {

  /** The property name: a versioned hierarchical string (SARIF 2.1.0 §3.5.4). */
  static final String KEY = "kubelintFingerprint/v1";

  private final Map<String, Integer> seen = new HashMap<>();

  /** The fingerprint of {@code f}, whose file has the artifact URI {@code uri}. */
  String of(Finding f, String uri) {
    ObjectRef ref = f.object();
    StringBuilder in = new StringBuilder(256);
    part(in, f.ruleId());
    part(in, uri);
    if (ref != null) {
      part(in, ref.apiVersion());
      part(in, ref.kind());
      part(in, ref.namespace());
      part(in, ref.name());
    } else {
      part(in, f.sourceLine() == null ? null : f.sourceLine().strip());
    }
    part(in, f.identity());
    String hash = sha256(in.toString());
    int n = seen.merge(hash, 1, Integer::sum);
    return n == 1 ? hash : hash + ":" + n;
  }

  /** Each part is prefixed with its length, so no two different lists of parts give the same text. */
  private static void part(StringBuilder in, String value) {
    if (value == null) {
      in.append("-;");
    } else {
      in.append(value.length()).append(':').append(value).append(';');
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
