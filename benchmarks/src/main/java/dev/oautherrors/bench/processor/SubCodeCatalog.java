package dev.oautherrors.bench.processor;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.OAuthErrorParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The seed catalog with a {@code subCodes:} section of n synthetic sub-codes, the same for the
 * same n: Entra-shaped ({@code field: error_codes}, {@code descriptionPattern:
 * '^AADSTS(\d{1,10}):'}), ids 50000 on (so that Entra's 50126 is one of them when n > 126), every
 * 2nd with an action, every 3rd tied to {@code invalid_grant}, every 10th with a javaName. Only
 * the package differs from the seed besides the section, so that comparing the two measures the
 * sub-codes and nothing else.
 */
public final class SubCodeCatalog {
  private SubCodeCatalog() {}

  /** The Java package of the catalog with n sub-codes. */
  public static String packageName(int n) {
    return "bench.generated.subcodes" + n;
  }

  /** {@code seedYaml} with its package replaced and n sub-codes appended. */
  public static String yaml(String seedYaml, int n) {
    String body = seedYaml.replaceFirst("(?m)^package: .*$", "package: " + packageName(n));
    StringBuilder yaml = new StringBuilder(body.length() + n * 160).append(body);
    if (!body.endsWith("\n")) {
      yaml.append('\n');
    }
    yaml.append("subCodes:\n")
        .append("  field: error_codes\n")
        .append("  descriptionPattern: '^AADSTS(\\d{1,10}):'\n")
        .append("  codes:\n");
    for (int i = 0; i < n; i++) {
      int id = 50_000 + i;
      yaml.append("    - id: ").append(id).append('\n');
      if (i % 10 == 0) {
        yaml.append("      javaName: SYNTHETIC_").append(id).append('\n');
      }
      yaml.append("      cause: Synthetic sub-code ").append(id)
          .append(", as a provider documents it.\n");
      if (i % 2 == 0) {
        yaml.append("      action: Do what synthetic sub-code ").append(id).append(" asks.\n");
      }
      if (i % 3 == 0) {
        yaml.append("      errors: [invalid_grant]\n");
      }
    }
    return yaml.toString();
  }

  /** A compiled sub-code catalog: its parser, and its enum's {@code of(String)}. */
  public record Loaded(OAuthErrorParser<AbstractOAuthErrorException> parser, MethodHandle of,
      int generatedFiles) {}

  /**
   * Compiles the seed catalog with n sub-codes (javac with the processor, {@code -Xlint:all
   * -Werror}) into a temporary folder and loads it.
   */
  public static Loaded compile(Path seedCatalog, int n) {
    try {
      Path work = Files.createTempDirectory("subcode-bench");
      Path yaml = work.resolve("errors.yaml");
      Files.writeString(yaml, yaml(Files.readString(seedCatalog, StandardCharsets.UTF_8), n),
          StandardCharsets.UTF_8);
      Path anchor = anchor(work, "subcodes" + n);
      Javac.Run run = Javac.compile(work, List.of(anchor), yaml, List.of());
      URLClassLoader loader = new URLClassLoader(new URL[] {run.classes().toUri().toURL()},
          SubCodeCatalog.class.getClassLoader());
      Class<?> catalog = loader.loadClass(packageName(n) + ".OAuthErrors");
      @SuppressWarnings("unchecked")
      OAuthErrorParser<AbstractOAuthErrorException> parser =
          (OAuthErrorParser<AbstractOAuthErrorException>) catalog.getMethod("parser").invoke(null);
      Class<?> subCode = loader.loadClass(packageName(n) + ".SubCode");
      MethodHandle of = MethodHandles.publicLookup()
          .findStatic(subCode, "of", MethodType.methodType(subCode, String.class))
          .asType(MethodType.methodType(Object.class, String.class));
      return new Loaded(parser, of, Javac.javaFiles(run.generated()).size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An empty class to compile, since javac needs a source. */
  static Path anchor(Path work, String name) throws IOException {
    Path dir = work.resolve("anchor-" + name.toLowerCase(Locale.ROOT));
    Files.createDirectories(dir);
    Path anchor = dir.resolve("Anchor.java");
    Files.writeString(anchor, "package bench.anchor;\n\nfinal class Anchor {}\n",
        StandardCharsets.UTF_8);
    return anchor;
  }
}
