package dev.oautherrors.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.runtime.TypedOAuthError;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a group's interface, implemented by the exception classes of its codes, so that one
 * handler method can take the whole group.
 */
final class GroupInterfaceWriter {
  private final CatalogTypes types;
  private final boolean sealed;

  GroupInterfaceWriter(CatalogTypes types, boolean sealed) {
    this.types = types;
    this.sealed = sealed;
  }

  TypeSpec write(Group group) {
    List<ErrorCode> members = types.catalog().members(group);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(types.group(group))
        .addJavadoc("Group $L: $L\n\n<p>Codes: $L.\n", Javadoc.code(group.id()),
            Javadoc.prose(group.description()),
            members.stream()
                .map(m -> "{@link " + m.exceptionName() + " " + Javadoc.escape(m.wireCode()) + "}")
                .collect(Collectors.joining(", ")))
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(TypedOAuthError.class)
        .addField(FieldSpec.builder(String.class, "ID",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The group's identifier in the catalog.\n")
            .initializer("$S", group.id())
            .build())
        .addMethod(MethodSpec.methodBuilder("asException")
            .addJavadoc("This error as its exception type, to throw or to dispatch.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(types.base())
            .build());
    if (sealed) {
      type.addModifiers(Modifier.SEALED);
      members.forEach(member -> type.addPermittedSubclass(types.exception(member)));
    }
    return type.build();
  }
}
