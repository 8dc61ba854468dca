package dev.oautherrors.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.oautherrors.processor.handler.Imports;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** A handler's imports, read through javac's tree API; unknown (false) on other compilers. */
final class SourceImports implements Imports {
  private final Optional<Trees> trees;

  SourceImports(ProcessingEnvironment env) {
    this.trees = trees(env);
  }

  /** javac's trees, or empty on another compiler (Eclipse's, or javac behind a wrapper). */
  static Optional<Trees> trees(ProcessingEnvironment env) {
    try {
      return Optional.of(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean has(TypeElement handler, String qualifiedName) {
    if (trees.isEmpty()) {
      return false;
    }
    TreePath path = trees.get().getPath(handler);
    if (path == null) {
      return false;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    int dot = qualifiedName.lastIndexOf('.');
    String onDemand = (dot < 0 ? "" : qualifiedName.substring(0, dot)) + ".*";
    for (ImportTree tree : unit.getImports()) {
      String imported = tree.getQualifiedIdentifier().toString();
      if (!tree.isStatic() && (imported.equals(qualifiedName) || imported.equals(onDemand))) {
        return true;
      }
    }
    return false;
  }
}
