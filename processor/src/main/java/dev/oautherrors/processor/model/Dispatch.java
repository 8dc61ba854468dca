package dev.oautherrors.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * A checked handler, ready for its dispatcher to be generated.
 *
 * @param handler the handler
 * @param resultType what its methods return; empty for {@code void}
 * @param routes one route per catalog code, in catalog order, then one for unknown codes; empty
 *     when the handler implements the visitor and is called through {@code accept}
 */
public record Dispatch(Handler handler, Optional<TypeMirror> resultType, List<Route> routes) {

  /** Creates the value. */
  public Dispatch {
    routes = List.copyOf(routes);
  }
}
