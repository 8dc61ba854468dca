package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import java.util.List;

/** One rule about a whole catalog. Finds problems; {@link Problem} and its message word them. */
interface CatalogCheck {

  /** Adds a problem for every violation of the rule in {@code catalog}. */
  void check(Catalog catalog, List<Problem> problems);
}
