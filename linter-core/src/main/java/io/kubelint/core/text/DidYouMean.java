package io.kubelint.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the name a misspelt one most likely meant, for "did you mean" suggestions: the candidate at the smallest
 * optimal-string-alignment distance (Levenshtein plus transposition of neighbours, so {@code prot} is one edit from
 * {@code port}), compared case-insensitively and ignoring {@code _} and {@code -}, within a third of the name's
 * length; failing that, the single candidate the name is a prefix of ({@code initialDelay} →
 * {@code initialDelaySeconds}).
 */
public final class DidYouMean {

  private DidYouMean() {
  }

  /**
   * The best candidate for {@code input}, or empty when none is close enough.
   *
   * @param input the name as written
   * @param candidates the names that are valid in its place
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String in = normalize(input);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input)) {
        continue;
      }
      int d = distance(in, normalize(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(in.length(), 12) / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    if (in.length() >= 4) {
      String prefixed = null;
      for (String candidate : candidates) {
        String c = normalize(candidate);
        if (c.startsWith(in)) {
          if (prefixed != null) {
            return Optional.empty();
          }
          prefixed = candidate;
        }
      }
      return Optional.ofNullable(prefixed);
    }
    return Optional.empty();
  }

  /**
   * Every candidate close enough to {@code input} to be suggested, closest first, at most three: those within the
   * distance {@link #closest} allows, else those that start with {@code input} or that {@code input} starts with
   * ({@code recommend} → {@code recommended}).
   *
   * @param input the name as written
   * @param candidates the names that are valid in its place
   */
  public static List<String> near(String input, Collection<String> candidates) {
    String in = normalize(input);
    int allowed = Math.max(1, Math.min(in.length(), 12) / 3);
    List<String> close = candidates.stream().filter(c -> !c.equals(input))
        .filter(c -> distance(in, normalize(c)) <= allowed)
        .sorted(Comparator.comparingInt((String c) -> distance(in, normalize(c))).thenComparing(c -> c))
        .limit(3).toList();
    if (!close.isEmpty() || in.length() < 4) {
      return close;
    }
    return candidates.stream().filter(c -> !c.equals(input))
        .filter(c -> normalize(c).startsWith(in) || in.startsWith(normalize(c)) && normalize(c).length() >= 4)
        .sorted().limit(3).toList();
  }

  private static String normalize(String s) {
    return s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance between two strings. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
