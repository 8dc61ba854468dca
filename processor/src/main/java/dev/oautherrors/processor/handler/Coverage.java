package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which method handles each code: the most specific one that covers it (a code's own class beats
 * its group's interface, which beats a catch-all). Codes outside a flow-limited handler's flow
 * need no method; every other code does, and so do codes the catalog does not know.
 *
 * @param routes one route per catalog code in catalog order, then unknown codes
 * @param missing the codes with no method that need one, in catalog order; {@code
 *     Optional.empty()} stands for codes the catalog does not know
 * @param unreachable methods that no code reaches
 */
record Coverage(
    List<Route> routes, List<Optional<ErrorCode>> missing, List<HandlerMethod> unreachable) {

  static Coverage of(Handler handler, Catalog catalog) {
    List<Route> routes = new ArrayList<>();
    List<Optional<ErrorCode>> missing = new ArrayList<>();
    List<HandlerMethod> used = new ArrayList<>();
    List<Optional<ErrorCode>> codes = new ArrayList<>();
    catalog.errors().forEach(code -> codes.add(Optional.of(code)));
    codes.add(Optional.empty());
    for (Optional<ErrorCode> code : codes) {
      Optional<HandlerMethod> best = handler.methods().stream()
          .filter(method -> method.target().covers(code.orElse(null)))
          .max(Comparator.comparingInt(method -> method.target().specificity()));
      best.ifPresent(used::add);
      boolean required = code.isEmpty()
          || handler.flow().map(flow -> code.get().occursIn(flow.id())).orElse(true);
      if (best.isEmpty() && required) {
        missing.add(code);
      }
      routes.add(new Route(code, best));
    }
    List<HandlerMethod> unreachable = handler.methods().stream()
        .filter(method -> !used.contains(method))
        .toList();
    return new Coverage(routes, missing, unreachable);
  }
}
