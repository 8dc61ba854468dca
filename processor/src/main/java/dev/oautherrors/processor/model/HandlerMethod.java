package dev.oautherrors.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A method of a handler class that handles errors.
 *
 * @param element the method
 * @param target what its parameter covers
 * @param parameterType the parameter's type
 * @param returnType what it returns
 */
public record HandlerMethod(
    ExecutableElement element, Target target, TypeMirror parameterType, TypeMirror returnType) {

  /** The method's name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** The method as messages show it: {@code onDenied(AccessDeniedException)}. */
  public String signature() {
    return name() + "(" + TypeText.shortName(parameterType) + ")";
  }
}
