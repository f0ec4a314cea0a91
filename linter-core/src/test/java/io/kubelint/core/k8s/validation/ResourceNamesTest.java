package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"cpu", "memory", "ephemeral-storage", "hugepages-2Mi", "hugepages-1Gi", "example.com/gpu",
      "nvidia.com/gpu", "kubernetes.io/something"})
  void validContainerResources(String name) {
    assertEquals(List.of(), ResourceNames.checkContainerResourceName(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpu", "storage", "pods", "CPU", "requests.example.com/gpu", "example.com/", "a/b/c",
      "mem ory"})
  void invalidContainerResources(String name) {
    assertFalse(ResourceNames.checkContainerResourceName(name).isEmpty(), name);
  }

  @Test
  void kinds() {
    assertTrue(ResourceNames.isNative("cpu"));
    assertTrue(ResourceNames.isNative("kubernetes.io/x"));
    assertFalse(ResourceNames.isNative("example.com/gpu"));
    assertTrue(ResourceNames.isExtended("example.com/gpu"));
    assertFalse(ResourceNames.isExtended("requests.example.com/gpu"));
    assertTrue(ResourceNames.isOvercommitAllowed("memory"));
    assertFalse(ResourceNames.isOvercommitAllowed("hugepages-2Mi"));
    assertFalse(ResourceNames.isOvercommitAllowed("example.com/gpu"));
    assertTrue(ResourceNames.isInteger("example.com/gpu"));
    assertTrue(ResourceNames.isInteger("pods"));
    assertFalse(ResourceNames.isInteger("cpu"));
    assertTrue(ResourceNames.countsBytes("memory"));
    assertTrue(ResourceNames.countsBytes("hugepages-2Mi"));
    assertFalse(ResourceNames.countsBytes("cpu"));
    assertEquals(0, new BigDecimal(2097152).compareTo(ResourceNames.hugePageSize("hugepages-2Mi").get().value()));
    assertTrue(ResourceNames.hugePageSize("hugepages-x").isEmpty());
  }
}
