package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Reason;
import dev.oautherrors.runtime.ReasonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each reason of a code has a valid id of its own, and no two reasons of a code share a
 * description (as descriptions are matched: ignoring case, spacing and a final period).
 */
final class ReasonCheck implements CatalogCheck {

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    for (ErrorCode entry : catalog.errors()) {
      Map<String, Reason> ids = new HashMap<>();
      Map<String, Reason> descriptions = new HashMap<>();
      for (Reason reason : entry.reasons()) {
        String id = reason.id().value();
        Location idAt = Location.inCatalog(catalog.file(), reason.id().position(),
            Math.max(1, id.length()));
        if (!JavaNames.isReasonId(id) || JavaNames.isKeyword(id)) {
          problems.add(Problem.of(Message.INVALID_REASON_ID, idAt, id, entry.wireCode(),
              JavaNames.isReasonId("r_" + id) ? "r_" + id : "reason_" + (ids.size() + 1)));
          continue;
        }
        Reason previous = ids.putIfAbsent(id, reason);
        if (previous != null) {
          problems.add(Problem.of(Message.DUPLICATE_REASON, idAt, "reason id '" + id + "'",
              entry.wireCode(), previous.position().line()));
        }
        List<String> spellings = new ArrayList<>(reason.aliases());
        spellings.add(0, reason.description());
        for (String spelling : spellings) {
          Reason before = descriptions.putIfAbsent(ReasonText.normalize(spelling), reason);
          if (before != null && before != reason) {
            problems.add(Problem.of(Message.DUPLICATE_REASON, Location.inCatalog(catalog.file(),
                reason.position(), 1), "description '" + spelling + "'", entry.wireCode(),
                before.position().line()));
          }
        }
      }
    }
  }
}
