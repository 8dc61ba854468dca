package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.Target;
import dev.oautherrors.processor.model.TypeText;
import java.util.List;

/** A method that takes the base type is allowed only when the annotation asks for it. */
final class CatchAllCheck implements HandlerCheck {

  @Override
  public void check(Handler handler, List<Problem> problems) {
    if (handler.allowCatchAll()) {
      return;
    }
    for (HandlerMethod method : handler.methods()) {
      if (method.target() instanceof Target.CatchAll) {
        problems.add(Problem.of(Message.CATCH_ALL, Location.on(method.element()),
            method.signature(), TypeText.shortName(method.parameterType())));
      }
    }
  }
}
