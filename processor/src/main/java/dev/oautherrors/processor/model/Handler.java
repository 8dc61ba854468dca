package dev.oautherrors.processor.model;

import dev.oautherrors.annotations.OAuthErrorHandler;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @OAuthErrorHandler} class as read: its annotation's settings and its handler methods.
 *
 * @param element the class
 * @param annotation the annotation on it, for diagnostics
 * @param flow the flow it is limited to, if any, and the annotation value that names it
 * @param allowCatchAll whether a method may take the base type
 * @param implementsVisitor whether the class implements the generated visitor
 * @param methods its handler methods, in declaration order
 */
public record Handler(
    TypeElement element,
    AnnotationMirror annotation,
    Optional<Flow> flow,
    boolean allowCatchAll,
    boolean implementsVisitor,
    List<HandlerMethod> methods) {

  /** The annotation's qualified name. */
  public static final String ANNOTATION = OAuthErrorHandler.class.getCanonicalName();

  /** The flow a handler is limited to, and where the annotation names it. */
  public record Flow(String id, AnnotationValue value) {}

  /** Creates the value. */
  public Handler {
    methods = List.copyOf(methods);
  }

  /** The class's simple name. */
  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
