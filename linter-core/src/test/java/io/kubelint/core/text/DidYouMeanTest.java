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

  @org.junit.jupiter.api.Test
  void nearListsEveryCloseCandidateClosestFirst() {
    List<String> ids = List.of("recommended", "reliability", "security", "restart-policy", "restart-loop", "all");
    assertEquals(List.of("reliability"), DidYouMean.near("reliabilty", ids));
    assertEquals(List.of("restart-loop"), DidYouMean.near("restart-lop", ids));
    assertEquals(List.of("port", "sort"), DidYouMean.near("Port", List.of("sort", "port")), "closest first");
    assertEquals(List.of("recommended"), DidYouMean.near("recommend", ids), "a prefix");
    assertEquals(List.of("restart-loop", "restart-policy"), DidYouMean.near("restart", ids), "prefixes, sorted");
    assertEquals(List.of(), DidYouMean.near("x-files", ids));
    assertEquals(List.of(), DidYouMean.near("all", ids), "the input itself is no suggestion");
  }
}
