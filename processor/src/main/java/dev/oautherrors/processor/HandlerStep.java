package dev.oautherrors.processor;

import dev.oautherrors.processor.diagnostic.Diagnostics;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.generate.DispatcherWriter;
import dev.oautherrors.processor.handler.HandlerValidator;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Handler;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Every round's work: check the {@code @OAuthErrorHandler} classes and generate their
 * dispatchers. A class that refers to types not generated yet (the catalog's own, written in the
 * first round) waits for a later round, as AutoValue does; one still unresolved when processing
 * ends gets an error instead of a crash.
 */
final class HandlerStep {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Set<String> pending = new LinkedHashSet<>();

  HandlerStep(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  void process(RoundEnvironment round, List<Catalog> catalogs) {
    TypeElement annotation = env.getElementUtils().getTypeElement(Handler.ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          pending.add(type.getQualifiedName().toString());
        }
      }
    }
    if (!catalogs.stream().allMatch(this::catalogTypesExist)) {
      // Written this round; javac resolves them in the next one.
      return;
    }
    Map<Catalog, HandlerValidator> validators = new IdentityHashMap<>();
    SourceImports imports = new SourceImports(env);
    for (String name : List.copyOf(pending)) {
      TypeElement handler = env.getElementUtils().getTypeElement(name);
      if (handler == null || refersToMissingTypes(handler)) {
        continue;
      }
      pending.remove(name);
      Optional<Catalog> chosen = catalogOf(handler, catalogs);
      if (chosen.isEmpty()) {
        continue;
      }
      Catalog catalog = chosen.get();
      HandlerValidator.Result result = validators
          .computeIfAbsent(catalog, c -> new HandlerValidator(env, c, imports)).validate(handler);
      diagnostics.reportAll(result.problems());
      result.dispatch().ifPresent(dispatch ->
          write(handler, new DispatcherWriter(catalog).write(dispatch)));
    }
    if (round.processingOver()) {
      for (String name : pending) {
        TypeElement handler = env.getElementUtils().getTypeElement(name);
        diagnostics.report(Message.UNRESOLVED_TYPES,
            handler == null ? Location.nowhere() : Location.on(handler), name);
      }
      pending.clear();
    }
  }

  /**
   * The catalog {@code handler} covers: the one its annotation names, or the only one; a located
   * error on the annotation otherwise.
   */
  private Optional<Catalog> catalogOf(TypeElement handler, List<Catalog> catalogs) {
    AnnotationMirror annotation = null;
    AnnotationValue value = null;
    for (AnnotationMirror mirror : handler.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(Handler.ANNOTATION)) {
        annotation = mirror;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("catalog")) {
            value = entry.getValue();
          }
        }
      }
    }
    String wanted = value == null ? "" : String.valueOf(value.getValue()).strip();
    List<String> names = catalogs.stream().map(CatalogStep::name).toList();
    if (wanted.isEmpty()) {
      if (catalogs.size() == 1) {
        return Optional.of(catalogs.get(0));
      }
      diagnostics.report(Message.AMBIGUOUS_CATALOG, Location.on(handler, annotation, null),
          handler.getSimpleName().toString(), String.valueOf(catalogs.size()),
          String.join(", ", names), names.get(0));
      return Optional.empty();
    }
    int index = names.indexOf(wanted);
    if (index >= 0) {
      return Optional.of(catalogs.get(index));
    }
    diagnostics.report(Message.UNKNOWN_CATALOG, Location.on(handler, annotation, value),
        handler.getSimpleName().toString(), wanted,
        Suggestions.hint(wanted, names, "its catalogs are"));
    return Optional.empty();
  }

  private boolean catalogTypesExist(Catalog catalog) {
    return env.getElementUtils()
        .getTypeElement(new GeneratedNames(catalog).base().canonicalName()) != null;
  }

  private void write(TypeElement handler, CatalogGenerator.Source source) {
    try (Writer writer =
        env.getFiler().createSourceFile(source.qualifiedName(), handler).openWriter()) {
      writer.write(source.text());
    } catch (IOException e) {
      diagnostics.report(Message.WRITE_FAILED, Location.on(handler), source.qualifiedName(),
          e.getMessage());
    }
  }

  private static boolean refersToMissingTypes(TypeElement type) {
    if (isMissing(type.getSuperclass())
        || type.getInterfaces().stream().anyMatch(HandlerStep::isMissing)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (isMissing(method.getReturnType())
          || method.getThrownTypes().stream().anyMatch(HandlerStep::isMissing)
          || method.getParameters().stream().anyMatch(p -> isMissing(p.asType()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMissing(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(HandlerStep::isMissing);
    }
    return type instanceof ArrayType array && isMissing(array.getComponentType());
  }
}
