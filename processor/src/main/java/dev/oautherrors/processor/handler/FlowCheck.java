package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Flow;
import dev.oautherrors.processor.model.Handler;
import java.util.List;

/** The flow a handler names is one the catalog defines. */
final class FlowCheck implements HandlerCheck {
  private final Catalog catalog;

  FlowCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void check(Handler handler, List<Problem> problems) {
    handler.flow().filter(flow -> catalog.flow(flow.id()).isEmpty()).ifPresent(flow -> {
      List<String> ids = catalog.flows().stream().map(Flow::id).toList();
      String hint = ids.isEmpty()
          ? "the catalog defines no flows; add a 'flows:' section, or remove flow = \""
              + flow.id() + "\""
          : Suggestions.hint(flow.id(), ids, "defined flows are");
      problems.add(Problem.of(Message.UNDEFINED_FLOW,
          Location.on(handler.element(), handler.annotation(), flow.value()), flow.id(),
          catalog.file().fileName(), hint));
    });
  }
}
