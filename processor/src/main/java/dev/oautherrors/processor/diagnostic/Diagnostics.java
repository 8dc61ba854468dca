package dev.oautherrors.processor.diagnostic;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Puts problems into words and reports them through the compiler. A catalog problem shows the
 * file, line and column, and the line itself with the spot underlined; an element problem is
 * attached to the element (and annotation value) so that IDEs mark it.
 */
public final class Diagnostics {
  private final Messager messager;
  private boolean errors;

  /** Reports through {@code messager}. */
  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports a problem. */
  public void report(Problem problem) {
    Diagnostic.Kind kind = problem.message().kind();
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    Location location = problem.location();
    if (location instanceof Location.InCatalog inCatalog) {
      messager.printMessage(kind, problem.text() + CodeFrame.render(inCatalog));
    } else if (location instanceof Location.OnElement on) {
      messager.printMessage(kind, problem.text(), on.element(), on.annotation(), on.value());
    } else {
      messager.printMessage(kind, problem.text());
    }
  }

  /** Reports every problem. */
  public void reportAll(Iterable<Problem> problems) {
    for (Problem problem : problems) {
      report(problem);
    }
  }

  /** Reports a problem made of its parts. */
  public void report(Message message, Location location, Object... args) {
    report(Problem.of(message, location, args));
  }

  /** Whether an error has been reported. */
  public boolean hasErrors() {
    return errors;
  }

  /** Stops the current step if an error has been reported. */
  public void abortIfErrors() {
    if (errors) {
      throw new AbortProcessing();
    }
  }
}
