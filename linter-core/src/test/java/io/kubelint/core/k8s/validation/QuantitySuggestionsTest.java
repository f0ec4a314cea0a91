package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitySuggestionsTest {

  @ParameterizedTest(name = "{1}: {0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "500mi|memory|500Mi", "1GB|memory|1G", "512mb|memory|512M", "512 MiB|memory|512Mi", "1gi|memory|1Gi",
      "1.5GiB|memory|1.5Gi", "2 Gi|memory|2Gi", "500 m|memory|500M", "100KB|ephemeral-storage|100k",
      "10gb|storage|10G", "'2Mi '|hugepages-2Mi|2Mi", "1K|memory|1k", "128974848 bytes|memory|128974848",
      "500 m|cpu|500m", "0,5|cpu|0.5", "2 cores|cpu|2", "250 millicores|cpu|250m", "1 CPU|cpu|1", "500M|cpu|500m",
      "1ki|example.com/gpu|1Ki", "1 Gi|example.com/widget|1Gi", "1K|example.com/widget|1k", "500mi|example.com/gpu|500Mi"})
  void suggestions(String written, String resource, String expected) {
    assertEquals(Optional.of(expected), QuantitySuggestions.suggest(written, resource));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {"512Mi|memory", "1.2.3|memory", "1Mii|memory", "5kM|memory", "abc|memory",
      "1e3|memory", "500m|cpu", "2|cpu", "Mi|memory", "1.2.3|cpu", "500m|example.com/gpu"})
  void noSuggestion(String written, String resource) {
    assertEquals(Optional.empty(), QuantitySuggestions.suggest(written, resource));
  }
}
