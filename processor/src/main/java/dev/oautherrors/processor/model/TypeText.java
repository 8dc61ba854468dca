package dev.oautherrors.processor.model;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Types as a person writes them in code: simple names, type arguments kept. */
public final class TypeText {
  private TypeText() {}

  /** {@code type} as written in code: {@code List<AccessDeniedException>}, not its qualified name. */
  public static String shortName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = declared.asElement().getSimpleName().toString();
      List<? extends TypeMirror> args = declared.getTypeArguments();
      return args.isEmpty()
          ? name
          : name + args.stream().map(TypeText::shortName).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return shortName(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        return "? extends " + shortName(wildcard.getExtendsBound());
      }
      return wildcard.getSuperBound() != null ? "? super " + shortName(wildcard.getSuperBound()) : "?";
    }
    return type.toString();
  }
}
