package io.kubelint.core.k8s.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a quantity that is wrong was probably meant to be, by the resource it is for. For byte counts (memory,
 * storage, huge pages) units are read as people write them and kept decimal or binary as written: {@code 1GB} is
 * {@code 1G} (not {@code 1Gi}), {@code 500mi} is {@code 500Mi}, {@code 512 MiB} is {@code 512Mi}, {@code 500 m} is
 * {@code 500M} (for memory, {@code m} would mean a thousandth of a byte). For cpu, {@code "500 m"} is
 * {@code 500m}, {@code 2 cores} is {@code 2}, {@code 0,5} is {@code 0.5}. For other resources only white space,
 * a decimal comma and the case of a binary suffix are fixed ({@code 1ki} → {@code 1Ki}).
 */
public final class QuantitySuggestions {

  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?[0-9]*\\.?[0-9]*)(.*)");
  private static final Map<String, String> BYTE_UNITS = Map.ofEntries(
      Map.entry("", ""), Map.entry("b", ""), Map.entry("byte", ""), Map.entry("bytes", ""),
      Map.entry("k", "k"), Map.entry("kb", "k"), Map.entry("ki", "Ki"), Map.entry("kib", "Ki"),
      Map.entry("m", "M"), Map.entry("mb", "M"), Map.entry("mi", "Mi"), Map.entry("mib", "Mi"),
      Map.entry("g", "G"), Map.entry("gb", "G"), Map.entry("gi", "Gi"), Map.entry("gib", "Gi"),
      Map.entry("t", "T"), Map.entry("tb", "T"), Map.entry("ti", "Ti"), Map.entry("tib", "Ti"),
      Map.entry("p", "P"), Map.entry("pb", "P"), Map.entry("pi", "Pi"), Map.entry("pib", "Pi"),
      Map.entry("e", "E"), Map.entry("eb", "E"), Map.entry("ei", "Ei"), Map.entry("eib", "Ei"));
  private static final Map<String, String> CPU_UNITS = Map.ofEntries(
      Map.entry("", ""), Map.entry("m", "m"), Map.entry("mcpu", "m"), Map.entry("millicpu", "m"),
      Map.entry("millicore", "m"), Map.entry("millicores", "m"), Map.entry("core", ""), Map.entry("cores", ""),
      Map.entry("cpu", ""), Map.entry("cpus", ""), Map.entry("vcpu", ""), Map.entry("vcpus", ""));
  private static final Map<String, String> BINARY_UNITS = Map.of("ki", "Ki", "mi", "Mi", "gi", "Gi", "ti", "Ti",
      "pi", "Pi", "ei", "Ei", "kib", "Ki", "mib", "Mi", "gib", "Gi", "tib", "Ti");

  private QuantitySuggestions() {
  }

  /**
   * The corrected quantity, when the written text is not what it should be for that resource and a correction is
   * clear; empty otherwise (also when the text is already right).
   *
   * @param written the value as written in the manifest
   * @param resource the resource name ({@code memory}, {@code cpu}, {@code storage}, {@code hugepages-2Mi}), or
   *     {@code null} when unknown
   */
  public static Optional<String> suggest(String written, String resource) {
    String compact = written.codePoints().filter(c -> !Quantity.goSpace(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (compact.indexOf(',') >= 0 && compact.indexOf('.') < 0 && compact.indexOf(',') == compact.lastIndexOf(',')) {
      compact = compact.replace(',', '.');
    }
    Matcher m = NUMBER_AND_UNIT.matcher(compact);
    if (!m.matches() || !m.group(1).chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    String number = m.group(1);
    String unit = m.group(2);
    String lower = unit.toLowerCase(Locale.ROOT);
    String fixed;
    if (resource != null && ResourceNames.countsBytes(resource)) {
      fixed = BYTE_UNITS.getOrDefault(lower, unit);
    } else if ("cpu".equals(resource)) {
      fixed = CPU_UNITS.getOrDefault(lower, unit);
    } else {
      fixed = BINARY_UNITS.getOrDefault(lower, lower.equals("kb") || unit.equals("K") ? "k" : unit);
    }
    String candidate = number + fixed;
    if (candidate.equals(written) || Quantity.tryParse(candidate).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }
}
