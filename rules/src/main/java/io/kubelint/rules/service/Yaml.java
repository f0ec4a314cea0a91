package io.kubelint.rules.service;

import java.util.regex.Pattern;

/** How a fix writes a string value so that YAML reads it back as that string. */
final class Yaml {

  /** Words YAML 1.1 (which kubectl's YAML reader follows) reads as booleans or null, and numbers. */
  private static final Pattern NOT_A_STRING = Pattern.compile(
      "(?i)y|yes|n|no|true|false|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan|");
  /** Characters that end or change a plain scalar. */
  private static final Pattern UNSAFE = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|[:#]\\s|\\s$|[\\[\\]{},]");

  private Yaml() {
  }

  /** The value as a plain scalar when YAML reads that back as the same string, else double-quoted. */
  static String plainOrQuoted(String value) {
    if (NOT_A_STRING.matcher(value).matches() || UNSAFE.matcher(value).find()) {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return value;
  }
}
