package dev.oautherrors.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.generate.PlaceholderWriter;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.load.YamlTreeReader;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Placeholder;
import dev.oautherrors.processor.model.QualifiedName;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * When the catalog has errors: writes placeholder types for every generated type the user's code
 * refers to, so that the catalog's error is the build's only error instead of the first of a
 * "package does not exist" / "cannot find symbol" cascade. The names come from three places, each
 * as far as it can be read: the catalog (its {@code package:}, codes and groups), the imports of
 * the sources being compiled (through javac's tree API; other compilers skip this), and the types
 * their declarations refer to that do not exist. Handler classes get placeholder dispatchers.
 *
 * <p>Only names in the catalog's package are taken when that package is known; when it is not (no
 * catalog, or no readable {@code package:}), every import that does not resolve is, since nothing
 * of this build can run anyway and the catalog's error comes first.
 */
final class PlaceholderStep {
  private static final Pattern PACKAGE_LINE =
      Pattern.compile("(?m)^package:[ \\t]*['\"]?([A-Za-z_$][A-Za-z0-9_$.]*)['\"]?[ \\t]*(#.*)?$");

  private final ProcessingEnvironment env;
  private final Map<String, Placeholder> found = new TreeMap<>();
  private final Set<String> onDemandPackages = new LinkedHashSet<>();
  private final Set<String> implemented = new HashSet<>();
  /** The catalogs' packages, in file order; placeholders go only there unless one is unknown. */
  private final Set<String> catalogPackages = new LinkedHashSet<>();
  private boolean anyPackage;

  PlaceholderStep(ProcessingEnvironment env) {
    this.env = env;
  }

  /**
   * Learns the names from the module's catalogs ({@code loaded}, empty when none was found) and
   * the round's sources, and writes a placeholder for each that does not exist; each names
   * {@code brokenFiles} in its Javadoc. Returns how many were written.
   */
  int write(RoundEnvironment round, List<LoadedCatalog> loaded, List<String> brokenFiles) {
    anyPackage = loaded.isEmpty();
    loaded.forEach(this::learnFromCatalog);
    List<TypeElement> types = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
    for (TypeElement type : types) {
      learnFromImports(type);
    }
    for (TypeElement type : types) {
      learnFromDeclarations(type);
    }
    String file = brokenFiles.isEmpty() ? "errors.yaml" : String.join(", ", brokenFiles);
    List<Placeholder> missing = new ArrayList<>();
    for (Placeholder placeholder : found.values()) {
      if (exists(placeholder.name().canonicalName())) {
        continue;
      }
      boolean isInterface = placeholder.isInterface()
          || implemented.contains(placeholder.name().canonicalName());
      missing.add(new Placeholder(placeholder.name(), isInterface, placeholder.typeParameters(),
          placeholder.nested()));
    }
    int written = 0;
    for (CatalogGenerator.Source source : new PlaceholderWriter(file).sources(missing)) {
      try (Writer writer = env.getFiler().createSourceFile(source.qualifiedName()).openWriter()) {
        writer.write(source.text());
        written++;
      } catch (IOException | IllegalStateException e) {
        // A type that cannot be written is left out; javac then reports the reference to it.
      }
    }
    return written;
  }

  // --- The catalog -------------------------------------------------------------------------------

  private void learnFromCatalog(LoadedCatalog loaded) {
    YamlTreeReader.Result yaml = YamlTreeReader.read(loaded.text());
    Optional<YamlNode.Mapping> root = yaml.tree()
        .filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast);
    Optional<String> declared = root.flatMap(r -> r.get("package")).flatMap(PlaceholderStep::text);
    if (declared.isEmpty()) {
      Matcher line = PACKAGE_LINE.matcher(loaded.text().text());
      declared = line.find() ? Optional.of(line.group(1)) : Optional.empty();
    }
    Optional<String> catalogPackage =
        declared.filter(JavaNames::isPackageName).filter(PlaceholderStep::plain);
    if (catalogPackage.isEmpty()) {
      anyPackage = true;
      return;
    }
    String pkg = catalogPackage.get();
    catalogPackages.add(pkg);
    add(new QualifiedName(pkg, GeneratedNames.DEFAULT_BASE), false, 0);
    add(new QualifiedName(pkg, GeneratedNames.DEFAULT_UNKNOWN), false, 0);
    add(new QualifiedName(pkg, GeneratedNames.DEFAULT_VISITOR), true, 1);
    add(new QualifiedName(pkg, GeneratedNames.DEFAULT_CATALOG), false, 0);
    root.flatMap(r -> r.get("errors")).filter(YamlNode.Sequence.class::isInstance)
        .map(YamlNode.Sequence.class::cast).ifPresent(errors -> {
          for (YamlNode entry : errors.items()) {
            if (entry instanceof YamlNode.Mapping mapping) {
              Optional<String> javaName = mapping.get("javaName").flatMap(PlaceholderStep::text)
                  .or(() -> mapping.get("code").flatMap(PlaceholderStep::text)
                      .flatMap(PlaceholderStep::javaNameOf));
              javaName.map(GeneratedNames::exceptionName).filter(JavaNames::isTypeName)
                  .ifPresent(name -> add(new QualifiedName(pkg, name), false, 0));
            }
          }
        });
    root.flatMap(r -> r.get("groups")).filter(YamlNode.Mapping.class::isInstance)
        .map(YamlNode.Mapping.class::cast).ifPresent(groups -> {
          for (YamlNode.Entry group : groups.entries()) {
            Optional<String> name = Optional.of(group.value())
                .filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
                .flatMap(g -> g.get("javaName")).flatMap(PlaceholderStep::text)
                .or(() -> safeGroupName(group.key()));
            name.filter(JavaNames::isTypeName)
                .ifPresent(n -> add(new QualifiedName(pkg, n), true, 0));
          }
        });
  }

  private static Optional<String> javaNameOf(String code) {
    try {
      return Optional.of(JavaNames.fromCode(code));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> safeGroupName(String id) {
    try {
      return Optional.of(GeneratedNames.groupInterfaceName(id));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(YamlNode node) {
    return node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.STRING
        ? Optional.of(scalar.text()) : Optional.empty();
  }

  // --- The sources' imports (javac only) ----------------------------------------------------------

  private void learnFromImports(TypeElement type) {
    Optional<Trees> trees = SourceImports.trees(env);
    if (trees.isEmpty()) {
      return; // Not javac: the declarations alone are read.
    }
    TreePath path = trees.get().getPath(type);
    if (path == null) {
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    for (ImportTree tree : unit.getImports()) {
      if (tree.isStatic()) {
        continue;
      }
      String imported = tree.getQualifiedIdentifier().toString();
      if (imported.endsWith(".*")) {
        String pkg = imported.substring(0, imported.length() - 2);
        if (ours(pkg) && env.getElementUtils().getPackageElement(pkg) == null) {
          onDemandPackages.add(pkg);
        }
      } else if (!exists(imported)) {
        addReference(imported, Optional.empty());
      }
    }
  }

  private boolean handlerAnnotated(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      Element annotation = mirror.getAnnotationType().asElement();
      if (annotation instanceof TypeElement t
          && t.getQualifiedName().contentEquals(Handler.ANNOTATION)) {
        return true;
      }
    }
    return false;
  }

  // --- The sources' declarations -------------------------------------------------------------

  private void learnFromDeclarations(TypeElement type) {
    String ownPackage = packageOf(type);
    if (handlerAnnotated(type)) {
      add(GeneratedNames.dispatcher(type), false, 0);
    }
    referTo(type.getSuperclass(), ownPackage, false);
    for (TypeMirror implemented : type.getInterfaces()) {
      referTo(implemented, ownPackage, true);
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      referTo(field.asType(), ownPackage, false);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      referTo(method.getReturnType(), ownPackage, false);
      method.getParameters().forEach(p -> referTo(p.asType(), ownPackage, false));
      method.getThrownTypes().forEach(t -> referTo(t, ownPackage, false));
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(type.getEnclosedElements())) {
      constructor.getParameters().forEach(p -> referTo(p.asType(), ownPackage, false));
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      learnFromDeclarations(nested);
    }
  }

  private void referTo(TypeMirror type, String ownPackage, boolean asInterface) {
    if (type instanceof ArrayType array) {
      referTo(array.getComponentType(), ownPackage, false);
      return;
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        referTo(wildcard.getExtendsBound(), ownPackage, false);
      }
      if (wildcard.getSuperBound() != null) {
        referTo(wildcard.getSuperBound(), ownPackage, false);
      }
      return;
    }
    if (!(type instanceof DeclaredType declared)) {
      return;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      referTo(argument, ownPackage, false);
    }
    if (type.getKind() != TypeKind.ERROR) {
      return;
    }
    String written = type.toString();
    int generic = written.indexOf('<');
    if (generic >= 0) {
      written = written.substring(0, generic);
    }
    Optional<QualifiedName> added = written.contains(".") && startsLowerCase(written)
        ? addReference(written, Optional.empty())
        : addSimpleReference(written, ownPackage);
    added.ifPresent(name -> {
      if (asInterface) {
        implemented.add(name.canonicalName());
      }
      int arguments = declared.getTypeArguments().size();
      Placeholder current = found.get(name.canonicalName());
      if (current != null && arguments > current.typeParameters()) {
        found.put(name.canonicalName(), new Placeholder(current.name(), current.isInterface(),
            arguments, current.nested()));
      }
    });
  }

  /** A simple (or {@code Outer.Inner}) name: in the package it is imported from, or a guess. */
  private Optional<QualifiedName> addSimpleReference(String written, String ownPackage) {
    String outer = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    for (Placeholder known : found.values()) {
      if (known.name().simpleName().equals(outer)) {
        return addReference(known.name().packageName() + "." + written, Optional.empty());
      }
    }
    String pkg = onDemandPackages.stream().findFirst()
        .or(() -> catalogPackages.stream().findFirst()).orElse(ownPackage);
    return addReference(pkg + "." + written, Optional.of(pkg));
  }

  /**
   * A qualified name as written, {@code com.example.oauth.InvalidGrantException.Reason}: the
   * package is the part before the first segment that starts with an upper-case letter.
   */
  private Optional<QualifiedName> addReference(String written, Optional<String> knownPackage) {
    String[] segments = written.split("\\.");
    int first = 0;
    if (knownPackage.isPresent()) {
      first = knownPackage.get().isEmpty() ? 0 : knownPackage.get().split("\\.").length;
    } else {
      while (first < segments.length && !Character.isUpperCase(segments[first].charAt(0))) {
        first++;
      }
    }
    if (first == 0 || first >= segments.length) {
      return Optional.empty();
    }
    String pkg = String.join(".", List.of(segments).subList(0, first));
    if (!ours(pkg) || !JavaNames.isTypeName(segments[first])) {
      return Optional.empty();
    }
    QualifiedName name = new QualifiedName(pkg, segments[first]);
    if (!plain(name.canonicalName())) {
      return Optional.empty();
    }
    add(name, false, 0);
    if (first + 1 < segments.length && JavaNames.isTypeName(segments[first + 1])
        && plain(segments[first + 1])) {
      found.put(name.canonicalName(),
          found.get(name.canonicalName()).withNested(Set.of(segments[first + 1])));
    }
    return Optional.of(name);
  }

  /** Whether placeholders may go in {@code pkg}: a catalog's, or any when one is unknown. */
  private boolean ours(String pkg) {
    return anyPackage || catalogPackages.contains(pkg);
  }

  private void add(QualifiedName name, boolean isInterface, int typeParameters) {
    if (!plain(name.canonicalName())) {
      return;
    }
    found.merge(name.canonicalName(),
        new Placeholder(name, isInterface, typeParameters, new TreeSet<>()),
        (old, added) -> new Placeholder(old.name(), old.isInterface() || added.isInterface(),
            Math.max(old.typeParameters(), added.typeParameters()), old.nested()));
  }

  /** A name javac would also write to a file of that name: no ignorable characters in it. */
  private static boolean plain(String name) {
    return name.codePoints().noneMatch(Character::isIdentifierIgnorable);
  }

  private boolean exists(String canonicalName) {
    return env.getElementUtils().getTypeElement(canonicalName) != null;
  }

  private static boolean startsLowerCase(String written) {
    return Character.isLowerCase(written.charAt(0));
  }

  private static String packageOf(Element element) {
    while (!(element instanceof PackageElement)) {
      element = element.getEnclosingElement();
    }
    return ((PackageElement) element).getQualifiedName().toString();
  }
}
