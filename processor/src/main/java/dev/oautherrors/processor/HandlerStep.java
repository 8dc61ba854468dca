package dev.oautherrors.processor;

import dev.oautherrors.processor.diagnostic.Diagnostics;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.generate.DispatcherWriter;
import dev.oautherrors.processor.handler.HandlerValidator;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Handler;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
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

  void process(RoundEnvironment round, Catalog catalog) {
    TypeElement annotation = env.getElementUtils().getTypeElement(Handler.ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          pending.add(type.getQualifiedName().toString());
        }
      }
    }
    if (!catalogTypesExist(catalog)) {
      // Written this round; javac resolves them in the next one.
      return;
    }
    HandlerValidator validator = null;
    for (String name : List.copyOf(pending)) {
      TypeElement handler = env.getElementUtils().getTypeElement(name);
      if (handler == null || refersToMissingTypes(handler)) {
        continue;
      }
      pending.remove(name);
      if (validator == null) {
        validator = new HandlerValidator(env, catalog, new SourceImports(env));
      }
      HandlerValidator.Result result = validator.validate(handler);
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
