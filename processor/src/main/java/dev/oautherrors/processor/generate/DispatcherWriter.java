package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Dispatch;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.HandlerMethod;
import dev.oautherrors.processor.model.Route;
import dev.oautherrors.processor.model.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes a handler's dispatcher: a visitor whose method for each code calls the handler method
 * the checks chose, with no reflection. A handler that implements the visitor itself gets a
 * dispatcher that calls {@code accept}.
 */
public final class DispatcherWriter {
  private final CatalogTypes types;

  /** A writer for dispatchers of handlers of {@code catalog}. */
  public DispatcherWriter(Catalog catalog) {
    this.types = new CatalogTypes(catalog);
  }

  /** The dispatcher's source file. */
  public CatalogGenerator.Source write(Dispatch dispatch) {
    TypeElement handlerElement = dispatch.handler().element();
    ClassName self = CatalogTypes.className(GeneratedNames.dispatcher(handlerElement));
    TypeName handler = TypeName.get(handlerElement.asType());
    boolean isVoid = dispatch.resultType().isEmpty();
    TypeName result = dispatch.resultType().map(TypeName::get).orElse(TypeName.VOID);
    TypeName visitorResult = isVoid ? ClassName.get(Void.class) : result.box();
    Modifier[] visibility = isPublic(handlerElement)
        ? new Modifier[] {Modifier.PUBLIC}
        : new Modifier[0];
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("Dispatches OAuth errors to the methods of {@link $T}, as the processor chose"
                + " them from the catalog $L: each code goes to the most specific method that"
                + " takes it. Generated: the processor writes it again whenever the class or the"
                + " catalog changes.\n",
            handler, types.fileMention())
        .addAnnotation(types.generated())
        .addModifiers(visibility)
        .addModifiers(Modifier.FINAL)
        .addOriginatingElement(handlerElement)
        .addField(handler, "handler", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A dispatcher that calls {@code handler}.\n")
            .addModifiers(visibility)
            .addParameter(handler, "handler")
            .addStatement("this.handler = $T.requireNonNull(handler, $S)", Objects.class,
                "handler")
            .build());
    String target = dispatch.routes().isEmpty() ? "handler" : "this";
    MethodSpec.Builder handle = MethodSpec.methodBuilder("handle")
        .addJavadoc("Calls the method that handles {@code error}'s code$L.\n",
            isVoid ? "" : ", and returns what it returns")
        .addModifiers(visibility)
        .returns(result)
        .addParameter(types.base(), "error");
    if (isVoid) {
      handle.addStatement("error.accept($L)", target);
    } else {
      handle.addStatement("return error.accept($L)", target);
    }
    type.addMethod(handle.build());
    if (!dispatch.routes().isEmpty()) {
      type.addSuperinterface(ParameterizedTypeName.get(types.visitor(), visitorResult));
      for (Route route : dispatch.routes()) {
        type.addMethod(visit(route, dispatch, visitorResult, isVoid));
      }
    }
    return new CatalogGenerator.Source(self.canonicalName(),
        SourceFormatter.format(com.palantir.javapoet.JavaFile.builder(self.packageName(),
                type.build())
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .toString()));
  }

  private MethodSpec visit(Route route, Dispatch dispatch, TypeName result, boolean isVoid) {
    String name = route.code().map(ErrorCode::visitMethodName).orElse(GeneratedNames.VISIT_UNKNOWN);
    ClassName parameter = route.code().map(types::exception).orElse(types.unknown());
    MethodSpec.Builder visit = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(parameter, "error");
    if (route.method().isEmpty()) {
      String code = route.code().map(ErrorCode::wireCode).orElse("unknown codes");
      Optional<String> flow = dispatch.handler().flow().map(f -> f.id())
          .filter(id -> route.code().isPresent() && !route.code().get().occursIn(id));
      if (flow.isPresent()) {
        visit.addComment("$L is not part of flow $S: back to the caller", code, flow.get());
      } else {
        visit.addComment("no method handles $L yet: the build fails with [$L] until one does",
            code, Message.MISSING_CODES.id());
      }
      // A parser-made error has no stack trace: a copy that has one says where it was rethrown.
      return visit.addStatement("throw error.hasStackTrace() ? error : error.withStackTrace()")
          .build();
    }
    HandlerMethod method = route.method().get();
    boolean exactType = method.target() instanceof Target.Code
        || method.target() instanceof Target.Unknown;
    CodeBlock argument = overloaded(dispatch, method) && !exactType
        ? CodeBlock.of("($T) error", TypeName.get(method.parameterType()))
        : CodeBlock.of("error");
    if (isVoid) {
      return visit.addStatement("handler.$N($L)", method.name(), argument)
          .addStatement("return null")
          .build();
    }
    return visit.addStatement("return handler.$N($L)", method.name(), argument).build();
  }

  /**
   * Whether another handler method has the same name, so that the call must name the parameter
   * type for Java to pick the method the checks chose.
   */
  private static boolean overloaded(Dispatch dispatch, HandlerMethod method) {
    List<HandlerMethod> methods = dispatch.handler().methods();
    return methods.stream().filter(m -> m.name().equals(method.name())).count() > 1;
  }

  private static boolean isPublic(TypeElement element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
