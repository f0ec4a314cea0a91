package io.kubelint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

  private static final List<String> SERVICE_PORT = List.of("appProtocol", "name", "nodePort", "port", "protocol",
      "targetPort");
  private static final List<String> PROBE = List.of("exec", "failureThreshold", "grpc", "httpGet",
      "initialDelaySeconds", "periodSeconds", "successThreshold", "tcpSocket", "terminationGracePeriodSeconds",
      "timeoutSeconds");
  private static final List<String> ROOT = List.of("apiVersion", "kind", "metadata", "spec", "status");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"prot, port", "targetport, targetPort", "target_port, targetPort", "nodeport, nodePort"})
  void servicePort(String input, String expected) {
    assertEquals(Optional.of(expected), DidYouMean.closest(input, SERVICE_PORT));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"initialDelay, initialDelaySeconds", "periodSecond, periodSeconds", "httpget, httpGet",
      "failureTreshold, failureThreshold"})
  void probe(String input, String expected) {
    assertEquals(Optional.of(expected), DidYouMean.closest(input, PROBE));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"apiVeersion, apiVersion", "Kind, kind", "metdata, metadata", "apiversion, apiVersion"})
  void root(String input, String expected) {
    assertEquals(Optional.of(expected), DidYouMean.closest(input, ROOT));
  }

  @ParameterizedTest
  @CsvSource({"replicas", "x", "labels", "containers"})
  void nothingCloseEnough(String input) {
    assertEquals(Optional.empty(), DidYouMean.closest(input, ROOT));
  }

  @ParameterizedTest
  @CsvSource({"period"})
  void ambiguousPrefixGivesNothing(String input) {
    assertEquals(Optional.empty(), DidYouMean.closest(input, List.of("periodSeconds", "periodMinutes")));
  }
}
