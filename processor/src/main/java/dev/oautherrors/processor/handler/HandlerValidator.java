package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Dispatch;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.Route;
import dev.oautherrors.processor.model.TypeText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one {@code @OAuthErrorHandler} class against the catalog: its shape, its methods, and
 * that every code reaches a method. The result is a {@link Dispatch} to generate, or problems.
 */
public final class HandlerValidator {
  private final Catalog catalog;
  private final HandlerReader reader;
  private final List<HandlerCheck> checks;
  private final Imports imports;

  /** A validator for handlers of {@code catalog}, not knowing their imports. */
  public HandlerValidator(ProcessingEnvironment env, Catalog catalog) {
    this(env, catalog, Imports.UNKNOWN);
  }

  /** A validator for handlers of {@code catalog}; {@code imports} says what their files import. */
  public HandlerValidator(ProcessingEnvironment env, Catalog catalog, Imports imports) {
    this.catalog = catalog;
    this.imports = imports;
    this.reader = new HandlerReader(env, catalog);
    this.checks = List.of(
        new FlowCheck(catalog),
        new DuplicateHandlerCheck(),
        new ReturnTypeCheck(env.getTypeUtils()),
        new CatchAllCheck());
  }

  /** The outcome: what to generate when the handler is valid, and every problem found. */
  public record Result(Optional<Dispatch> dispatch, List<Problem> problems) {}

  /** Checks {@code element}. */
  public Result validate(TypeElement element) {
    List<Problem> problems = new ArrayList<>();
    Optional<Handler> read = reader.read(element, problems);
    if (read.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    Handler handler = read.get();
    if (handler.implementsVisitor()) {
      TypeMirror result = reader.visitorResult(element).orElseThrow();
      return new Result(Optional.of(new Dispatch(handler, Optional.of(result), List.of())),
          problems);
    }
    for (HandlerCheck check : checks) {
      check.check(handler, problems);
    }
    if (hasErrors(problems)) {
      return new Result(Optional.empty(), problems);
    }
    Optional<TypeMirror> resultType = handler.methods().stream().findFirst()
        .map(HandlerMethod::returnType)
        .filter(type -> type.getKind() != TypeKind.VOID);
    Coverage coverage = Coverage.of(handler, catalog);
    Dispatch dispatch = new Dispatch(handler, resultType, coverage.routes());
    if (!coverage.missing().isEmpty()) {
      String returnType = resultType.map(TypeText::shortName).orElse("void");
      problems.add(Problem.of(Message.MISSING_CODES,
          Location.on(element, handler.annotation(), null),
          new MissingCodesText(catalog, imports).arguments(handler, coverage.missing(), returnType)));
      // The build fails on the error above; the dispatcher (missing codes rethrown) is still
      // written so that the code using it compiles and the error stands alone.
      return new Result(Optional.of(dispatch), problems);
    }
    for (HandlerMethod method : coverage.unreachable()) {
      problems.add(Problem.of(Message.UNREACHABLE_HANDLER, Location.on(method.element()),
          method.signature(), whyUnreachable(method, coverage)));
    }
    return new Result(Optional.of(dispatch), problems);
  }

  private static String whyUnreachable(HandlerMethod method, Coverage coverage) {
    Set<String> others = new LinkedHashSet<>();
    for (Route route : coverage.routes()) {
      if (method.target().covers(route.code().orElse(null))) {
        route.method().ifPresent(other -> others.add(other.signature()));
      }
    }
    return others.isEmpty()
        ? "no code of the catalog is of its type"
        : "every code it covers goes to a more specific method (" + String.join(", ", others)
            + ")";
  }

  private static boolean hasErrors(List<Problem> problems) {
    return problems.stream()
        .anyMatch(p -> p.message().kind() == javax.tools.Diagnostic.Kind.ERROR);
  }
}
