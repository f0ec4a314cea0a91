package io.kubelint.rules.sim;

/**
 * Names for the objects controllers create, shaped as Kubernetes makes them but derived deterministically from the
 * owner's name, so that two runs print the same thing: a five-character random suffix for {@code generateName}
 * (pods of ReplicaSets, Jobs and DaemonSets) and a pod-template-hash for a Deployment's ReplicaSet, both in the
 * alphabet Kubernetes uses for them (consonants and digits without vowels and look-alikes).
 */
final class Names {

  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private long state;

  /** @param seed usually the owner's kind and name */
  Names(String seed) {
    state = 0xcbf29ce484222325L;
    for (char c : seed.toCharArray()) {
      state = (state ^ c) * 0x100000001b3L;
    }
  }

  /** {@code prefix-xxxxx}. */
  String suffixed(String prefix) {
    return prefix + "-" + random(5);
  }

  /** A pod-template-hash: ten characters. */
  String templateHash() {
    return random(10);
  }

  private String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      out.append(ALPHABET.charAt((int) Long.remainderUnsigned(state, ALPHABET.length())));
    }
    return out.toString();
  }
}
