package dev.oautherrors.processor;

import com.google.auto.service.AutoService;
import dev.oautherrors.processor.diagnostic.AbortProcessing;
import dev.oautherrors.processor.diagnostic.Diagnostics;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Mistakes;
import dev.oautherrors.processor.load.CatalogLocator;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Handler;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Compiles the OAuth error catalog ({@code errors.yaml}) into Java types and checks every
 * {@code @OAuthErrorHandler} class against it.
 *
 * <p>Runs in every compilation it is on the processor path of (it supports {@code *}), because the
 * types must exist before anyone can refer to them. It claims only its own annotation and the
 * {@code @Generated} of its output, so that {@code -Xlint:processing} stays quiet about them.
 *
 * <p>Each step reports its problems through {@link Diagnostics} and stops with {@link
 * AbortProcessing}, caught here and nowhere else; anything unexpected becomes one error without a
 * stack trace.
 */
@AutoService(Processor.class)
public final class OAuthErrorsProcessor extends AbstractProcessor {
  private static final Set<String> CLAIMED = Set.of(
      Handler.ANNOTATION,
      "javax.annotation.processing.Generated");

  private Diagnostics diagnostics;
  private HandlerStep handlers;
  private boolean catalogStepDone;
  private List<Catalog> catalogs = List.of();
  private BrokenCatalog broken;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    handlers = new HandlerStep(processingEnv, diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CatalogLocator.CATALOG_OPTION, CatalogLocator.RESOURCE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String step = "reading the catalog";
    try {
      if (!catalogStepDone) {
        catalogStepDone = true;
        try {
          catalogs = new CatalogStep(processingEnv, diagnostics).run();
        } catch (BrokenCatalog e) {
          broken = e;
          step = "writing placeholders for a broken catalog";
          int written = placeholders(round, e);
          if (written > 0 && !round.processingOver()) {
            // Reported next round, when javac resolves the user's code against the
            // placeholders: reported now, javac would print every unresolved reference too.
            return claims(annotations);
          }
        }
      }
      if (broken != null) {
        diagnostics.reportAll(Mistakes.firstOfEach(broken.problems()));
        broken = null;
        return claims(annotations);
      }
      if (!catalogs.isEmpty()) {
        step = "checking @OAuthErrorHandler classes";
        handlers.process(round, catalogs);
      }
    } catch (AbortProcessing e) {
      // Already reported.
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      diagnostics.report(Message.INTERNAL_ERROR, Location.nowhere(),
          e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), step);
    }
    return claims(annotations);
  }

  /** Writes the placeholders of a broken catalog; a failure leaves the catalog's errors alone. */
  private int placeholders(RoundEnvironment round, BrokenCatalog e) {
    try {
      return new PlaceholderStep(processingEnv).write(round, e.loaded(), e.brokenFiles());
    } catch (RuntimeException | LinkageError | StackOverflowError failure) {
      return 0;
    }
  }

  /** Claims the annotations only when they are all this processor's own (or javac's). */
  private static boolean claims(Set<? extends TypeElement> annotations) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (!CLAIMED.contains(name) && !name.startsWith("java.lang.")) {
        return false;
      }
    }
    return !annotations.isEmpty();
  }
}
