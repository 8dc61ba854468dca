package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.QualifiedName;
import dev.oautherrors.processor.model.Target;
import dev.oautherrors.processor.model.TypeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @OAuthErrorHandler} class: checks that the class can have a dispatcher, and
 * finds its handler methods. Every non-private instance method declared in the class is a handler
 * method, except those that implement or override a supertype's method; private and static
 * methods are helpers, unless they take one code's, group's or the unknown type, which would make
 * them handlers the dispatcher cannot call.
 */
final class HandlerReader {

  private final Elements elements;
  private final Types types;
  private final ErrorTypeIndex index;
  private final Catalog catalog;
  private final GeneratedNames names;

  HandlerReader(ProcessingEnvironment env, Catalog catalog) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.index = new ErrorTypeIndex(catalog, elements, types);
    this.catalog = catalog;
    this.names = new GeneratedNames(catalog);
  }

  /** Reads {@code element}; the handler is present when its shape allows one. */
  Optional<Handler> read(TypeElement element, List<Problem> problems) {
    AnnotationMirror annotation = annotation(element);
    int before = problems.size();
    checkClassShape(element, annotation, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(annotation);
    Optional<Handler.Flow> flow = Optional.empty();
    boolean allowCatchAll = false;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
        values.entrySet()) {
      String name = value.getKey().getSimpleName().toString();
      if (name.equals("flow") && !value.getValue().getValue().toString().isEmpty()) {
        flow = Optional.of(new Handler.Flow(value.getValue().getValue().toString(),
            value.getValue()));
      } else if (name.equals("allowCatchAll")) {
        allowCatchAll = Boolean.TRUE.equals(value.getValue().getValue());
      }
    }
    boolean implementsVisitor = visitorResult(element).isPresent();
    List<HandlerMethod> methods = implementsVisitor ? List.of() : methods(element, problems);
    return Optional.of(
        new Handler(element, annotation, flow, allowCatchAll, implementsVisitor, methods));
  }

  /** The visitor's type argument, when the class implements the generated visitor. */
  Optional<TypeMirror> visitorResult(TypeElement element) {
    String visitor = names.visitor().canonicalName();
    List<TypeMirror> pending = new ArrayList<>(types.directSupertypes(element.asType()));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.remove(0);
      if (next instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(visitor)) {
        return Optional.of(declared.getTypeArguments().isEmpty()
            ? elements.getTypeElement("java.lang.Object").asType()
            : declared.getTypeArguments().get(0));
      }
      pending.addAll(types.directSupertypes(next));
    }
    return Optional.empty();
  }

  private AnnotationMirror annotation(TypeElement element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(Handler.ANNOTATION)) {
        return mirror;
      }
    }
    throw new IllegalStateException(element + " has no @OAuthErrorHandler");
  }

  private void checkClassShape(
      TypeElement element, AnnotationMirror annotation, List<Problem> problems) {
    String name = element.getSimpleName().toString();
    Location at = Location.on(element, annotation, null);
    if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
      problems.add(Problem.of(Message.HANDLER_NOT_A_CLASS, at, name,
          describeKind(element.getKind()), names.visitor().simpleName()));
      return;
    }
    if (element.getNestingKind() == NestingKind.LOCAL
        || element.getNestingKind() == NestingKind.ANONYMOUS) {
      shape(problems, at, name, "is a local class",
          "the dispatcher is a class of its own and cannot see it: declare it at the top level "
              + "or as a static nested class");
      return;
    }
    if (!element.getTypeParameters().isEmpty()) {
      shape(problems, at, name, "is generic ("
              + element.getTypeParameters().stream().map(Object::toString)
                  .collect(Collectors.joining(", ", "<", ">")) + ")",
          "the dispatcher calls one concrete class: remove the type parameters");
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      shape(problems, at, name, "is abstract",
          "the dispatcher calls its methods on an instance: make it concrete, and put shared "
              + "code in a superclass");
    }
    if (element.getNestingKind() == NestingKind.MEMBER) {
      if (!element.getModifiers().contains(Modifier.STATIC)) {
        shape(problems, at, name, "is an inner class",
            "the dispatcher has no enclosing instance to create it with: make it static");
      }
      if (element.getModifiers().contains(Modifier.PRIVATE)) {
        shape(problems, at, name, "is private",
            "the dispatcher, in the same package, must see it: make it package-private");
      }
    }
  }

  private static void shape(
      List<Problem> problems, Location at, String name, String what, String fix) {
    problems.add(Problem.of(Message.HANDLER_CLASS_SHAPE, at, name, what, fix));
  }

  private List<HandlerMethod> methods(TypeElement element, List<Problem> problems) {
    List<HandlerMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (overridesSupertype(element, method)) {
        continue;
      }
      boolean helper = method.getModifiers().contains(Modifier.PRIVATE)
          || method.getModifiers().contains(Modifier.STATIC);
      if (helper) {
        checkHelper(method, problems);
      } else {
        handlerMethod(method, problems).ifPresent(methods::add);
      }
    }
    return methods;
  }

  /** A private or static method that takes one specific error type looks like a handler. */
  private void checkHelper(ExecutableElement method, List<Problem> problems) {
    if (method.getParameters().size() != 1) {
      return;
    }
    TypeMirror type = method.getParameters().get(0).asType();
    Optional<Target> target = index.targetOf(type);
    if (target.isEmpty() || !ErrorTypeIndex.isSpecific(target.get())) {
      return;
    }
    String signature = method.getSimpleName() + "(" + TypeText.shortName(type) + ")";
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      problems.add(Problem.of(Message.HANDLER_METHOD_SHAPE, Location.on(method), signature,
          "is private", "the generated dispatcher cannot call it: make it package-private"));
    } else {
      problems.add(Problem.of(Message.HANDLER_METHOD_SHAPE, Location.on(method), signature,
          "is static", "handler methods are instance methods: remove 'static' (or, for a "
              + "helper, make it private and take another type)"));
    }
  }

  private Optional<HandlerMethod> handlerMethod(ExecutableElement method, List<Problem> problems) {
    String signature = signature(method);
    Location at = Location.on(method);
    if (!method.getTypeParameters().isEmpty()) {
      problems.add(Problem.of(Message.HANDLER_METHOD_SHAPE, at, signature,
          "declares type parameters", "the dispatcher calls it with one error type: remove them"));
      return Optional.empty();
    }
    if (method.getParameters().size() != 1) {
      problems.add(Problem.of(Message.HANDLER_METHOD_SHAPE, at, signature,
          "takes " + method.getParameters().size() + " parameters",
          "a handler method takes exactly one, the error. If it is a helper, make it private "
              + "or static"));
      return Optional.empty();
    }
    VariableElement parameter = method.getParameters().get(0);
    Optional<Target> target = index.targetOf(parameter.asType());
    if (target.isEmpty()) {
      problems.add(notAnErrorType(method, signature, parameter));
      return Optional.empty();
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (isChecked(thrown)) {
        problems.add(Problem.of(Message.HANDLER_METHOD_SHAPE, at, signature,
            "throws the checked exception " + TypeText.shortName(thrown),
            "the dispatcher's methods throw none: catch it inside, or wrap it in an unchecked "
                + "exception"));
        return Optional.empty();
      }
    }
    return Optional.of(new HandlerMethod(method, target.get(), parameter.asType(),
        method.getReturnType()));
  }

  private Problem notAnErrorType(
      ExecutableElement method, String signature, VariableElement parameter) {
    Optional<Problem> namesake = namesake(signature, parameter);
    if (namesake.isPresent()) {
      return namesake.get();
    }
    String exampleGroup = catalog.groups().isEmpty()
        ? ""
        : " (such as " + names.group(catalog.groups().get(0)).simpleName() + ")";
    return Problem.of(Message.NOT_AN_ERROR_TYPE, Location.on(parameter), signature,
        TypeText.shortName(parameter.asType()), catalog.file().fileName(),
        names.exception(catalog.errors().get(0)).simpleName(), exampleGroup,
        names.unknown().simpleName() + " for codes the catalog does not know");
  }

  /**
   * A parameter whose type has the simple name of one of the catalog's types, from another
   * package: an import of the wrong type, or, in Kotlin under kapt, a default import (such as
   * {@code kotlin.io.AccessDeniedException}) that wins while the catalog's type does not exist yet.
   */
  private Optional<Problem> namesake(String signature, VariableElement parameter) {
    if (!(types.asElement(parameter.asType()) instanceof TypeElement taken)) {
      return Optional.empty();
    }
    List<QualifiedName> generated = new ArrayList<>(List.of(names.base(), names.unknown()));
    catalog.errors().forEach(code -> generated.add(names.exception(code)));
    catalog.groups().forEach(group -> generated.add(names.group(group)));
    String simpleName = taken.getSimpleName().toString();
    return generated.stream()
        .filter(type -> type.simpleName().equals(simpleName))
        .findFirst()
        .map(type -> {
          String name = taken.getQualifiedName().toString();
          String fix = name.startsWith("kotlin.")
              ? "Kotlin imports " + name + " by default, and under kapt it wins while the catalog's"
                  + " types are not generated yet: import the catalog's type under another name"
                  + " (import " + type.canonicalName() + " as OAuth" + simpleName + ") or write"
                  + " its name in full"
              : "import " + type.canonicalName() + " instead";
          return Problem.of(Message.NAMESAKE_NOT_AN_ERROR_TYPE, Location.on(parameter), signature,
              name, type.canonicalName(), fix);
        });
  }

  private boolean isChecked(TypeMirror thrown) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error);
  }

  private boolean overridesSupertype(TypeElement type, ExecutableElement method) {
    List<TypeMirror> pending = new ArrayList<>(types.directSupertypes(type.asType()));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.remove(0);
      Element superElement = types.asElement(next);
      if (superElement instanceof TypeElement superType) {
        for (ExecutableElement candidate :
            ElementFilter.methodsIn(superType.getEnclosedElements())) {
          if (elements.overrides(method, candidate, type)) {
            return true;
          }
        }
      }
      pending.addAll(types.directSupertypes(next));
    }
    return false;
  }

  static String signature(ExecutableElement method) {
    return method.getSimpleName() + method.getParameters().stream()
        .map(p -> TypeText.shortName(p.asType()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String describeKind(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }
}
