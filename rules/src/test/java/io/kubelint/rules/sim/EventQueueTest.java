package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  @Test
  void runsInTimeOrderThenSchedulingOrderAndEndsEachInstantWithTheHooks() {
    EventQueue q = new EventQueue(1000);
    List<String> log = new ArrayList<>();
    q.onInstantEnd(() -> log.add("end@" + q.now()));
    q.at(20, () -> log.add("b@" + q.now()));
    q.at(10, () -> {
      log.add("a@" + q.now());
      q.after(0, () -> log.add("a2@" + q.now()));
    });
    q.at(20, () -> log.add("c@" + q.now()));
    EventQueue.Timer cancelled = q.at(15, () -> log.add("never"));
    cancelled.cancel();
    q.at(31, () -> log.add("late"));
    q.runUntil(30);
    assertEquals(List.of("a@10", "a2@10", "end@10", "b@20", "c@20", "end@20"), log);
    assertEquals(30, q.now());
  }

  @Test
  void stopsAfterTheAllowedNumberOfActions() {
    EventQueue q = new EventQueue(5);
    Runnable[] tick = new Runnable[1];
    tick[0] = () -> q.after(1, tick[0]);
    q.at(0, tick[0]);
    q.runUntil(1_000);
    assertTrue(q.exhausted());
  }
}
