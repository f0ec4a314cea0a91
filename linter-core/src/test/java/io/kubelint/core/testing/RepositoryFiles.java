package io.kubelint.core.testing;

import java.nio.file.Path;

/**
 * Where the tests of every module find the files of the repository they share: the {@code testdata/} folder and the
 * repository root (README.md, docs/, the launcher, the pre-commit hook definitions). The parent POM sets the system
 * property {@code kubelint.testdata} for surefire and failsafe; without it, as when a test is started from a
 * module's folder, {@code ../testdata} is used. Part of the kubelint-core test-jar.
 */
public final class RepositoryFiles {

  /** The shared {@code testdata/} folder, absolute and normalised. */
  public static final Path TESTDATA = Path.of(System.getProperty("kubelint.testdata", "../testdata"))
      .toAbsolutePath().normalize();

  /** The root of the repository: the folder that holds {@code testdata/}. */
  public static final Path ROOT = TESTDATA.getParent();

  private RepositoryFiles() {
  }
}
