package dev.oautherrors.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Group;
import javax.annotation.processing.Generated;

/** The names of one catalog's generated types, and what every generated file shares. */
public final class CatalogTypes {
  /** The value of {@code @Generated}: the processor's class name. */
  public static final String GENERATOR = "dev.oautherrors.processor.OAuthErrorsProcessor";

  private final Catalog catalog;

  /** The types of {@code catalog}. */
  public CatalogTypes(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The base exception. */
  public ClassName base() {
    return named(catalog.names().base().value());
  }

  /** The exception for codes the catalog does not know. */
  public ClassName unknown() {
    return named(catalog.names().unknown().value());
  }

  /** The visitor interface. */
  public ClassName visitor() {
    return named(catalog.names().visitor().value());
  }

  /** The catalog class. */
  public ClassName catalogClass() {
    return named(catalog.names().catalog().value());
  }

  /** The exception class of one code. */
  public ClassName exception(ErrorCode code) {
    return named(code.exceptionName());
  }

  /** The interface of one group. */
  public ClassName group(Group group) {
    return named(group.javaName().value());
  }

  /** {@code @Generated} naming the processor and the catalog file (not its path: determinism). */
  public AnnotationSpec generated() {
    return AnnotationSpec.builder(Generated.class)
        .addMember("value", "$S", GENERATOR)
        .addMember("comments", "$S", "from " + catalog.file().fileName())
        .build();
  }

  /** The catalog's file name for Javadoc: {@code {@code errors.yaml}}. */
  public String fileMention() {
    return Javadoc.code(catalog.file().fileName());
  }

  private ClassName named(String simpleName) {
    return ClassName.get(catalog.packageName(), simpleName);
  }
}
