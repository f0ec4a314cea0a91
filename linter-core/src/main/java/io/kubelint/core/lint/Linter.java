package io.kubelint.core.lint;

import io.kubelint.core.builtin.CoreRules;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.LintEnvironment;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.schema.CustomSchemas;
import io.kubelint.core.schema.ResolvedVersion;
import io.kubelint.core.schema.RunSchemas;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.schema.SchemaSet;
import io.kubelint.core.yaml.DocumentSplitter;
import io.kubelint.core.yaml.SourceChunk;
import io.kubelint.core.yaml.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the whole pipeline over a set of inputs: find the files, cut each into documents, and lint the documents in
 * parallel (parse → JSON → schema validation → rules). Documents are streamed: at most a few per worker thread are
 * held in memory at once, whatever the size of the input; only documents holding custom resources wait, as text and
 * at most {@value #DEFERRED_CHARS} characters of them, for a second pass once every CustomResourceDefinition of
 * the run is known ({@link Deferred}). Findings are returned sorted by file, line and column.
 *
 * <p>Once every document is linted, the rules about objects together ({@link io.kubelint.core.rule.RunMatcher}) run
 * over the compact facts recorded from every object of the run ({@link RunIndex}), across all its files and folders.
 *
 * <p>The core rules (YAML loading and schema validation) are always part of the run; the caller adds the semantic
 * rules. A Linter may be used for several runs, one at a time.
 */
public final class Linter {

  /** Thread stack size for workers: deep but limited YAML nesting must not overflow the recursive parsers. */
  private static final long WORKER_STACK = 16L * 1024 * 1024;

  /**
   * How many characters of documents with custom resources a run holds back until all CRDs are known (64 Mi, about
   * 128 MB of text); beyond that they are linted at once.
   */
  private static final long DEFERRED_CHARS = 64L * 1024 * 1024;

  private final LintOptions options;
  private final RuleEngine engine;
  private final SchemaCatalog catalog;
  private final ResolvedVersion version;
  private final SchemaSet schemas;
  private final YamlParser parser;

  /**
   * @param options the run's settings
   * @param rules semantic rules in addition to the core rules
   * @param catalog bundled schemas; the options' Kubernetes version is resolved with
   *     {@link SchemaCatalog#resolve}, so a missing minor between supported ones uses the next newer one's schemas
   *     while the rules still decide lifecycle questions for, and name, the requested version
   * @throws IllegalArgumentException when the Kubernetes version is not supported or rule ids clash
   */
  public Linter(LintOptions options, List<? extends Rule> rules, SchemaCatalog catalog) {
    this.options = options;
    List<Rule> all = new ArrayList<>(CoreRules.all());
    all.addAll(rules);
    this.engine = new RuleEngine(all, options.rules());
    this.catalog = catalog;
    this.version = catalog.resolve(options.kubernetesVersion());
    this.schemas = catalog.forVersion(version.used());
    this.parser = new YamlParser(options.limits());
  }

  /** The rule engine (for listing rules). */
  public RuleEngine engine() {
    return engine;
  }

  /**
   * Lints the inputs.
   *
   * @return findings, counts, the inputs that could not be read and the documents kubelint failed on
   */
  public LintResult lint(List<Input> inputs) {
    List<InputError> errors = new ArrayList<>();
    Collected collected = new Collected(new ConcurrentLinkedQueue<>(), new AtomicInteger(),
        options.listObjects() ? new ConcurrentLinkedQueue<>() : null, new AtomicLong());
    LintEnvironment env = new LintEnvironment(new RunSchemas(schemas, customSchemas(errors)), options.rules(),
        options.ignoreMissingSchemas(), version.requested(), catalog);
    // documents with custom resources wait for every CRD of the run, then are linted in a second, parallel pass
    Deferred deferred = new Deferred(DEFERRED_CHARS);
    RunIndex index = engine.newIndex();
    int files = run(inputs, new DocumentLinter(engine, env, parser, deferred, index), collected, errors);
    List<Deferred.Pending> held = deferred.drain();
    if (!held.isEmpty()) {
      DocumentLinter last = new DocumentLinter(engine, env, parser, new Deferred(0), index);
      Pass pass = new Pass(last, collected);
      try {
        held.forEach(p -> pass.submit(p.file(), p.chunk(), p.document(), false));
      } finally {
        pass.finish(errors);
      }
    }
    // the rules about objects together, over the facts of every file and folder of the run
    List<Finding> acrossObjects = new ArrayList<>();
    engine.lintRun(index, env, acrossObjects).forEach((rule, e) -> errors.add(new InputError("the run",
        "rule " + rule + " failed (" + e + "); its findings are missing", e)));
    collected.findings().addAll(acrossObjects);
    List<LintedObject> objects = new ArrayList<>(collected.objects() == null ? List.of() : collected.objects());
    objects.sort(Comparator.comparing(LintedObject::file).thenComparingInt(LintedObject::line));
    return new LintResult(sorted(collected.findings()), files, collected.documents().get(), errors,
        engine.descriptors(), env.kubernetesVersion(), objects);
  }

  /**
   * Reads the inputs the way {@link #lint} does (same files, documents, {@code List} items and YAML handling) and
   * hands every Kubernetes object to {@code visitor} instead of the rules, for tools that work on the objects
   * themselves, such as the simulator. Documents are read in parallel: the visitor is called on worker threads,
   * several at once, in no particular order ({@link ManifestObject#ORDER} restores input order). Schema folders of
   * the options are not read.
   *
   * @param visitor called once per object; it must be thread-safe
   * @return the problems of the documents themselves (the findings of the YAML rules: yaml-syntax, yaml-limit,
   *     duplicate-key, missing-type-meta for items that are not objects, schema-violation for a List without
   *     items), counts, and unreadable inputs
   * @throws RuntimeException the first exception the visitor threw, once every document has been read (an
   *     {@link Error} it throws, such as running out of memory, is an input error of its document instead)
   */
  public ReadResult read(List<Input> inputs, ObjectVisitor visitor) {
    List<InputError> errors = new ArrayList<>();
    Collected collected = new Collected(new ConcurrentLinkedQueue<>(), new AtomicInteger(), null, new AtomicLong());
    LintEnvironment env = new LintEnvironment(new RunSchemas(schemas, catalog.customSchemas(schemas.version(),
        List.of())), options.rules(), options.ignoreMissingSchemas(), version.requested(), catalog);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ObjectVisitor guarded = object -> {
      try {
        visitor.visit(object);
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    };
    int files = run(inputs, new DocumentLinter(engine, env, parser, guarded), collected, errors);
    if (failure.get() != null) {
      throw failure.get();
    }
    return new ReadResult(sorted(collected.findings()), files, collected.documents().get(), errors);
  }

  /**
   * Reads every input and has its documents linted on the worker threads.
   *
   * @return the number of files read (stdin counts as one)
   */
  private int run(List<Input> inputs, DocumentLinter documentLinter, Collected collected, List<InputError> errors) {
    Pass pass = new Pass(documentLinter, collected);
    int files = 0;
    try {
      for (Input input : inputs) {
        if (input instanceof Input.StreamInput stream) {
          files++;
          try {
            readStream(options.stdinName(), stream.stream(), pass);
          } catch (IOException e) {
            errors.add(new InputError(options.stdinName(), InputFiles.reason(e)));
          }
          continue;
        }
        Path root = ((Input.FileInput) input).path();
        for (Path file : InputFiles.expand(root, errors)) {
          String name = displayName(file);
          try (InputStream in = Files.newInputStream(file)) {
            files++;
            readStream(name, in, pass);
          } catch (IOException e) {
            errors.add(new InputError(name, InputFiles.reason(e)));
          }
        }
      }
    } finally {
      pass.finish(errors);
    }
    return files;
  }

  /**
   * One pass over documents: worker threads (with stacks deep enough for deeply nested YAML) that lint the
   * documents submitted to them, at most a few per thread waiting at once, and the documents they failed on.
   */
  private final class Pass {
    private final DocumentLinter documentLinter;
    private final Collected collected;
    private final ExecutorService pool;
    private final Semaphore inFlight = new Semaphore(options.threads() * 4);
    private final Queue<InputError> failed = new ConcurrentLinkedQueue<>();

    Pass(DocumentLinter documentLinter, Collected collected) {
      this.documentLinter = documentLinter;
      this.collected = collected;
      AtomicInteger threadNumber = new AtomicInteger();
      this.pool = new ThreadPoolExecutor(options.threads(), options.threads(), 1, TimeUnit.MINUTES,
          new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "kubelint-" + threadNumber.incrementAndGet(), WORKER_STACK);
            t.setDaemon(true);
            return t;
          });
    }

    /**
     * Lints one document on a worker thread.
     *
     * @param count whether the document counts toward the run's documents (not when it is linted a second time)
     */
    void submit(String name, SourceChunk chunk, long document, boolean count) {
      inFlight.acquireUninterruptibly();
      pool.execute(() -> {
        List<Finding> local = new ArrayList<>();
        List<LintedObject> objects = collected.objects() == null ? null : new ArrayList<>(1);
        try {
          if (documentLinter.lint(name, chunk, document, local, objects) && count) {
            collected.documents().incrementAndGet();
          }
        } catch (RuntimeException | Error e) {
          // a fatal error on one document (out of memory or stack, a bug) costs that document only; what was
          // found in it before stays
          failed.add(new InputError(name + ":" + chunk.startLine(), failure(e), e));
        } finally {
          collected.findings().addAll(local);
          if (objects != null) {
            collected.objects().addAll(objects);
          }
          inFlight.release();
        }
      });
    }

    /** Records a failure of the reading thread. */
    void failed(InputError error) {
      failed.add(error);
    }

    /** Waits for every submitted document and adds the documents it failed on to {@code errors}. */
    void finish(List<InputError> errors) {
      pool.shutdown();
      try {
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      errors.addAll(failed);
    }
  }

  private static List<Finding> sorted(Collection<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparingInt(Finding::column).thenComparing(Finding::ruleId).thenComparing(Finding::message));
    return sorted;
  }

  /**
   * What the worker threads of one run add to: findings, the count of documents and, when asked, the objects; and
   * the number the next document of the run gets.
   */
  private record Collected(ConcurrentLinkedQueue<Finding> findings, AtomicInteger documents,
                           ConcurrentLinkedQueue<LintedObject> objects, AtomicLong sequence) {
  }

  /**
   * The run's custom kinds: JSON Schema files of the schema folders, and the CRDs of the YAML files there.
   * Problems reading them become input errors.
   */
  private CustomSchemas customSchemas(List<InputError> errors) {
    List<Path> dirs = new ArrayList<>();
    for (Path dir : options.schemaDirs()) {
      if (Files.isDirectory(dir)) {
        dirs.add(dir);
      } else {
        errors.add(new InputError(dir.toString(), Files.exists(dir) ? "not a directory" : "no such directory"));
      }
    }
    CustomSchemas custom;
    try {
      custom = catalog.customSchemas(schemas.version(), dirs);
    } catch (UncheckedIOException e) {
      errors.add(new InputError(dirs.toString(), e.getMessage()));
      custom = catalog.customSchemas(schemas.version(), List.of());
    }
    for (Path dir : dirs) {
      List<Path> yaml = InputFiles.expand(dir, errors).stream()
          .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")).toList();
      CrdRegistration.register(yaml, custom, parser, errors);
    }
    return custom;
  }

  private void readStream(String name, InputStream in, Pass pass) throws IOException {
    DocumentSplitter splitter = new DocumentSplitter(in, options.limits().maxDocumentChars());
    try {
      while (splitter.hasNext()) {
        SourceChunk chunk = splitter.next();
        pass.submit(name, chunk, pass.collected.sequence().getAndIncrement(), true);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (OutOfMemoryError e) {
      pass.failed(new InputError(name + ":" + (splitter.linesRead() + 1), "out of memory while reading from this "
          + "line on; the rest of the file was not linted (give Java more memory with -Xmx)", e));
    }
  }

  /** Why a document could not be linted, in a few words. */
  private static String failure(Throwable e) {
    String what = e instanceof OutOfMemoryError ? "out of memory"
        : e instanceof StackOverflowError ? "out of stack space" : "internal error (" + e + ")";
    return what + " on the document that starts on this line; it was not fully linted"
        + (e instanceof OutOfMemoryError ? " (give Java more memory with -Xmx)" : "");
  }

  private String displayName(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(options.baseDir()) ? options.baseDir().relativize(abs).toString() : file.toString();
  }
}
