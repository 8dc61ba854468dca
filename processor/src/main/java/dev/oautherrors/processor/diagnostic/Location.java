package dev.oautherrors.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Where a problem is: in the catalog file, on a Java element, or nowhere in particular. */
public sealed interface Location {

  /** A place in the catalog file; the message shows the line with a caret under it. */
  record InCatalog(CatalogText file, Position position, int width) implements Location {}

  /**
   * A Java element, and optionally the annotation and value on it, so that IDEs underline the
   * exact spot.
   */
  record OnElement(Element element, AnnotationMirror annotation, AnnotationValue value)
      implements Location {}

  /** No particular place (for example, when the catalog cannot be found). */
  record Nowhere() implements Location {}

  /**
   * A place in the catalog, underlining {@code width} characters (at least one); in the file the
   * position names when it names one (an inherited entry), else in {@code file}.
   */
  static Location inCatalog(CatalogText file, Position position, int width) {
    return new InCatalog(position.fileOr(file), position, Math.max(1, width));
  }

  /** An element. */
  static Location on(Element element) {
    return new OnElement(element, null, null);
  }

  /** An annotation on an element, and one of its values (may be null). */
  static Location on(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new OnElement(element, annotation, value);
  }

  /** No particular place. */
  static Location nowhere() {
    return new Nowhere();
  }
}
