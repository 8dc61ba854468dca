package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Tells which catalog codes a parameter type covers. */
final class ErrorTypeIndex {
  private final Map<String, Target> byName = new HashMap<>();
  private final Types types;
  private final TypeMirror base;

  ErrorTypeIndex(Catalog catalog, Elements elements, Types types) {
    this.types = types;
    GeneratedNames names = new GeneratedNames(catalog);
    for (ErrorCode code : catalog.errors()) {
      byName.put(names.exception(code).canonicalName(), new Target.Code(code));
    }
    for (Group group : catalog.groups()) {
      byName.put(names.group(group).canonicalName(), new Target.InGroup(group));
    }
    byName.put(names.unknown().canonicalName(), new Target.Unknown());
    byName.put(names.base().canonicalName(), new Target.CatchAll());
    TypeElement baseElement = elements.getTypeElement(names.base().canonicalName());
    this.base = baseElement == null ? null : baseElement.asType();
  }

  /**
   * What {@code type} covers: a code, a group, unknown codes, or every code (the base type and
   * its supertypes); empty when it is no error type at all.
   */
  Optional<Target> targetOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    Target target = byName.get(element.getQualifiedName().toString());
    if (target != null) {
      return Optional.of(target);
    }
    if (base != null && types.isAssignable(base, types.erasure(type))) {
      return Optional.of(new Target.CatchAll());
    }
    return Optional.empty();
  }

  /** Whether a target is specific: a code, a group or unknown codes, not every code. */
  static boolean isSpecific(Target target) {
    return !(target instanceof Target.CatchAll);
  }
}
