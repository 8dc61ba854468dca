package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Handler;
import java.util.List;

/** One rule about a handler class. Finds problems; the messages word them. */
interface HandlerCheck {

  /** Adds a problem for every violation of the rule in {@code handler}. */
  void check(Handler handler, List<Problem> problems);
}
