package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.Target;
import java.util.List;
import java.util.Objects;

/** No two handler methods take the same error type (or two catch-all types). */
final class DuplicateHandlerCheck implements HandlerCheck {

  @Override
  public void check(Handler handler, List<Problem> problems) {
    List<HandlerMethod> methods = handler.methods();
    for (int i = 0; i < methods.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sameTarget(methods.get(i).target(), methods.get(j).target())) {
          problems.add(Problem.of(Message.DUPLICATE_HANDLER,
              Location.on(methods.get(i).element()), methods.get(j).signature(),
              methods.get(i).signature(), describe(methods.get(i).target())));
          break;
        }
      }
    }
  }

  private static boolean sameTarget(Target a, Target b) {
    if (a instanceof Target.Code x && b instanceof Target.Code y) {
      return x.code() == y.code();
    }
    if (a instanceof Target.InGroup x && b instanceof Target.InGroup y) {
      return Objects.equals(x.group().id(), y.group().id());
    }
    return a.getClass() == b.getClass()
        && (a instanceof Target.Unknown || a instanceof Target.CatchAll);
  }

  static String describe(Target target) {
    if (target instanceof Target.Code code) {
      return "code '" + code.code().wireCode() + "'";
    }
    if (target instanceof Target.InGroup group) {
      return "group '" + group.group().id() + "'";
    }
    return target instanceof Target.Unknown ? "codes the catalog does not know" : "every code";
  }
}
