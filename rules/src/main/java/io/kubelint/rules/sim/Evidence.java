package io.kubelint.rules.sim;

import tools.jackson.core.JsonPointer;

/**
 * Why the simulator believes something about a container: the manifest shows it, or the user said so in a hint.
 *
 * @param strength static evidence or a hint
 * @param fact what kind of fact it shows
 * @param text the fact, as a clause for messages ("its script "sleep 10; exit 1" exits with code 1 after 10s")
 * @param millis the time the fact is about, in milliseconds since the container started (when it exits, answers,
 *     creates or removes the file); 0 when it is about no time
 * @param at pointer (inside the object) of what shows it: the command, the probe, the annotation; {@code null}
 *     for a hint given on the command line
 */
public record Evidence(Strength strength, Fact fact, String text, long millis, JsonPointer at) {

  /** How much a prediction can be trusted, strongest first. */
  public enum Strength {
    /** The manifest itself shows it: a command that always fails, a probe that cannot pass. */
    STATIC,
    /** A {@code kubelint.io/…} hint (annotation or command-line flag) says so. */
    HINT
  }

  /** The kinds of fact evidence shows. */
  public enum Fact {
    /** The process exits on its own (with some code, after some time). */
    EXIT,
    /** The process answers probes only after some time. */
    STARTUP,
    /** The file a probe tests appears only after some time. */
    FILE_CREATED,
    /** The file a probe tests is removed after some time. */
    FILE_REMOVED,
    /** The probe names a port the container does not declare, so it cannot be run. */
    UNDECLARED_PORT
  }
}
