package dev.oautherrors.processor.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * One error per mistake: the checks of a catalog look at it from several sides, so one slip can
 * trip two of them (a misspelled {@code casue:} is an unknown field and a missing {@code cause};
 * an invisible character in a code makes it both invisible and a clash with its look-alike). This
 * keeps the first error of each, in the order the checks found them.
 *
 * <ul>
 *   <li>A missing field of an entry that also has an unknown field is the same mistake: the
 *       unknown field is the missing one misspelled, and its message says so.
 *   <li>Two errors on the same catalog line are one mistake: the one that starts further left
 *       is kept (the first found, when they start together).
 * </ul>
 *
 * Warnings and notes, and problems outside the catalog, are kept as they are.
 */
public final class Mistakes {
  private Mistakes() {}

  private static int column(Problem problem) {
    return ((Location.InCatalog) problem.location()).position().column();
  }

  /** {@code problems} with the errors that repeat a mistake already reported left out. */
  public static List<Problem> firstOfEach(List<Problem> problems) {
    Set<Object> misspelledIn = new HashSet<>();
    for (Problem problem : problems) {
      if (problem.message() == Message.UNKNOWN_FIELD && problem.args().size() > 1) {
        misspelledIn.add(problem.args().get(1));
      }
    }
    Map<Integer, Problem> firstOnLine = new HashMap<>();
    List<Problem> errors = new ArrayList<>();
    for (Problem problem : problems) {
      if (problem.message().kind() != Diagnostic.Kind.ERROR
          || problem.message() == Message.MISSING_FIELD
              && misspelledIn.contains(problem.args().get(0))) {
        continue;
      }
      errors.add(problem);
      if (problem.location() instanceof Location.InCatalog at) {
        firstOnLine.merge(at.position().line(), problem,
            (old, added) -> column(added) < column(old) ? added : old);
      }
    }
    List<Problem> kept = new ArrayList<>();
    for (Problem problem : problems) {
      boolean error = problem.message().kind() == Diagnostic.Kind.ERROR;
      if (!error || errors.contains(problem)
          && (!(problem.location() instanceof Location.InCatalog at)
              || firstOnLine.get(at.position().line()) == problem)) {
        kept.add(problem);
      }
    }
    return kept;
  }
}
