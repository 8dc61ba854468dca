package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.TypeText;
import java.util.List;
import javax.lang.model.util.Types;

/** Every handler method returns the same type, so that the dispatcher has one result type. */
final class ReturnTypeCheck implements HandlerCheck {
  private final Types types;

  ReturnTypeCheck(Types types) {
    this.types = types;
  }

  @Override
  public void check(Handler handler, List<Problem> problems) {
    if (handler.methods().isEmpty()) {
      return;
    }
    HandlerMethod first = handler.methods().get(0);
    for (HandlerMethod method : handler.methods()) {
      if (!types.isSameType(method.returnType(), first.returnType())) {
        problems.add(Problem.of(Message.RETURN_TYPE_MISMATCH, Location.on(method.element()),
            method.signature(), TypeText.shortName(method.returnType()), first.signature(),
            TypeText.shortName(first.returnType())));
      }
    }
  }
}
