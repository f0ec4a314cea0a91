package io.kubelint.rules.sim;

import tools.jackson.core.JsonPointer;

/**
 * Why a container ended, or why a pod never became Ready, as a finding states it.
 *
 * @param strength how sure the prediction is: static evidence, or a hint somewhere in the chain
 * @param text the cause, as a clause ("its liveness probe fails 1 time in a row: the first probe comes at 10 s, and
 *     the process answers only after 60 s (kubelint.io/startup-seconds)")
 * @param fix what to change, as an imperative sentence
 * @param at pointer (inside the object) of what to change: the probe or the command
 */
public record Cause(Evidence.Strength strength, String text, String fix, JsonPointer at) {
}
