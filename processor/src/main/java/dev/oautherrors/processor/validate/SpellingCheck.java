package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.runtime.CodeNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every wire spelling (code or alias) belongs to one entry, and no two entries have spellings that
 * lenient matching (case, {@code -} versus {@code _}) would confuse.
 */
final class SpellingCheck implements CatalogCheck {

  private record Owner(ErrorCode entry, Located<String> spelling, boolean isCode) {
    String describe() {
      return isCode ? "the code of an entry" : "an alias of '" + entry.wireCode() + "'";
    }
  }

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    Map<String, Owner> exact = new HashMap<>();
    Map<String, Owner> lenient = new HashMap<>();
    for (ErrorCode entry : catalog.errors()) {
      for (Located<String> spelling : entry.spellings()) {
        Owner owner = new Owner(entry, spelling, spelling == entry.code());
        Owner previous = exact.putIfAbsent(spelling.value(), owner);
        if (previous != null) {
          problems.add(Problem.of(Message.DUPLICATE_SPELLING, at(catalog, spelling),
              spelling.value(), previous.describe(), previous.spelling().position().line()));
          continue;
        }
        Owner similar = lenient.putIfAbsent(CodeNormalizer.normalize(spelling.value()), owner);
        if (similar != null && similar.entry() != entry) {
          String sameName = similar.entry().exceptionName().equals(entry.exceptionName())
              ? " and both would generate " + entry.exceptionName()
              : "";
          problems.add(Problem.of(Message.LENIENT_CLASH, at(catalog, spelling), spelling.value(),
              similar.spelling().value(), similar.spelling().position().line(), sameName));
        }
      }
    }
  }

  private static Location at(Catalog catalog, Located<String> spelling) {
    return Location.inCatalog(catalog.file(), spelling.position(), spelling.value().length());
  }
}
