package dev.oautherrors.doctests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns a {@link Snippet} into a compilation unit and compiles it with javac, the annotation
 * processor running on the catalog the marker names. Without a marker, the block is the whole
 * unit. With {@code context=NAME}, the block goes into {@code contexts/NAME.java}: its leading
 * {@code import} lines where the context's imports are, the rest where {@code /*SNIPPET*}{@code /}
 * is, and {@code /*CATALOG*}{@code /} becomes the catalog's package.
 */
final class SnippetCompiler {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package:\\s*([\\w.]+)");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  private final Path root;
  private final Path work;

  SnippetCompiler(Path root, Path work) {
    this.root = root;
    this.work = work;
  }

  /** A compilation unit, and the unit's line where the snippet's first line landed. */
  record Unit(String fileName, String source, int firstLine) {}

  Unit unit(Snippet snippet) throws IOException {
    String context = snippet.marker().get("context");
    if (context == null) {
      Matcher type = PUBLIC_TYPE.matcher(snippet.code());
      return new Unit((type.find() ? type.group(1) : "Snippet") + ".java", snippet.code(), 1);
    }
    String template = resource("contexts/" + context + ".java");
    if (context.equals("module")) {
      return new Unit("module-info.java", template.replace("/*SNIPPET*/", snippet.code()),
          lineOf(template, "/*SNIPPET*/"));
    }
    StringBuilder imports = new StringBuilder();
    List<String> lines = snippet.code().lines().toList();
    int body = 0;
    while (body < lines.size()
        && (lines.get(body).startsWith("import ") || lines.get(body).isBlank())) {
      imports.append(lines.get(body)).append('\n');
      body++;
    }
    String withImports = template.replace("/*IMPORTS*/", imports.toString().strip());
    String catalog = snippet.marker().get("catalog");
    if (catalog != null) {
      withImports = withImports.replace("/*CATALOG*/", catalogPackage(catalog));
    }
    // The snippet's first line of code maps to the line the body starts on, minus its imports.
    int bodyLine = lineOf(withImports, "/*SNIPPET*/");
    String source = withImports.replace("/*SNIPPET*/",
        String.join("\n", lines.subList(body, lines.size())));
    return new Unit("Snippet.java", source, bodyLine - body);
  }

  /** javac's errors, as "file:line: message" of the Markdown file; empty when it compiles. */
  List<String> compile(Snippet snippet, Unit unit) throws IOException {
    Path dir = Files.createDirectories(work.resolve(snippet.where(root).replaceAll("[^\\w.-]", "_")));
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Path file = sources.resolve(unit.fileName());
    Files.writeString(file, unit.source(), StandardCharsets.UTF_8);

    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s",
        generated.toString(), "-encoding", "UTF-8", "--release",
        snippet.marker().getOrDefault("release", "17")));
    if (unit.fileName().equals("module-info.java")) {
      options.addAll(List.of("--module-path", CLASS_PATH, "-proc:none"));
    } else {
      options.addAll(List.of("-classpath", CLASS_PATH));
      String catalog = snippet.marker().get("catalog");
      if (catalog == null) {
        options.add("-proc:none");
      } else {
        options.addAll(List.of("-processorpath", CLASS_PATH,
            "-Aoauth.errors.catalog=" + root.resolve(catalog).toAbsolutePath().normalize()));
      }
    }
    int release = Integer.parseInt(snippet.marker().getOrDefault("release", "17"));
    if (Runtime.version().feature() < release) {
      return external(snippet, unit, options, file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(file.toFile())).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(place(snippet, unit, d.getSource(), d.getLineNumber()) + ": "
            + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  /** Compiles with a newer JDK's javac, for snippets that need a later release than this JVM. */
  private List<String> external(Snippet snippet, Unit unit, List<String> options, Path file)
      throws IOException {
    String home = System.getProperty("doctests.jdk21.home", "");
    Path javac = Path.of(home, "bin", "javac");
    org.junit.jupiter.api.Assumptions.assumeTrue(!home.isEmpty() && Files.isExecutable(javac),
        snippet.where(root) + " needs javac " + snippet.marker().get("release")
            + " or later; set -Ddoctests.jdk21.home (the build passes jdk25.home)");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.addAll(options);
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return List.of(snippet.where(root) + ": javac took over 2 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (process.exitValue() == 0) {
      return List.of();
    }
    // javac prints "path:line: error: message"; point at the Markdown's line instead.
    List<String> errors = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(.*?):(\\d+): error: (.*)$").matcher(output);
    while (m.find()) {
      int line = Integer.parseInt(m.group(2));
      boolean inSnippet = m.group(1).endsWith(File.separator + unit.fileName());
      errors.add((inSnippet ? docLine(snippet, unit, line) : m.group(1) + ":" + line) + ": "
          + m.group(3));
    }
    return errors.isEmpty() ? List.of(snippet.where(root) + ": " + output) : errors;
  }

  private String place(Snippet snippet, Unit unit, JavaFileObject source, long line) {
    if (source == null) {
      return snippet.where(root);
    }
    if (source.getName().endsWith(unit.fileName())) {
      return docLine(snippet, unit, line);
    }
    return source.getName() + ":" + line + " (generated, for " + snippet.where(root) + ")";
  }

  private String docLine(Snippet snippet, Unit unit, long unitLine) {
    long offset = unitLine - unit.firstLine();
    String file = root.relativize(snippet.file()).toString().replace('\\', '/');
    if (offset < 0) {
      return file + ":" + snippet.line() + " (context line " + unitLine + ")";
    }
    return file + ":" + (snippet.line() + offset);
  }

  private String catalogPackage(String catalog) throws IOException {
    Matcher matcher = PACKAGE.matcher(Files.readString(root.resolve(catalog)));
    if (!matcher.find()) {
      throw new IllegalArgumentException(catalog + " has no package:");
    }
    return matcher.group(1);
  }

  private static int lineOf(String text, String placeholder) {
    int index = text.indexOf(placeholder);
    if (index < 0) {
      throw new IllegalArgumentException("context without " + placeholder);
    }
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SnippetCompiler.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + name + " in doc-tests/src/test/resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
