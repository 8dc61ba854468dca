package dev.oautherrors.processor.model;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/** How catalog spellings become Java names. Pure functions; see docs/catalog-format.md. */
public final class JavaNames {
  private JavaNames() {}

  /**
   * The UpperCamelCase name of a code: split at every character that is not a letter or digit;
   * a part that mixes cases keeps its inner capitals ({@code OAuth}), any other is capitalised
   * ({@code CSRF} → {@code Csrf}). May be empty or start with a digit; the validate step rejects
   * such names.
   */
  public static String fromCode(String code) {
    StringBuilder name = new StringBuilder(code.length());
    int start = -1;
    for (int i = 0; i <= code.length(); i++) {
      boolean partChar = i < code.length() && Character.isLetterOrDigit(code.charAt(i));
      if (partChar && start < 0) {
        start = i;
      } else if (!partChar && start >= 0) {
        appendPart(name, code.substring(start, i));
        start = -1;
      }
    }
    return name.toString();
  }

  private static void appendPart(StringBuilder name, String part) {
    boolean hasUpper = !part.equals(part.toLowerCase(Locale.ROOT));
    boolean hasLower = !part.equals(part.toUpperCase(Locale.ROOT));
    String rest = hasUpper && hasLower ? part.substring(1) : part.substring(1).toLowerCase(Locale.ROOT);
    name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(rest);
  }

  /** The lower_snake_case identifier derived from a description: ASCII letters and digits. */
  public static String idFromText(String text) {
    StringBuilder id = new StringBuilder(text.length());
    boolean pendingUnderscore = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingUnderscore && id.length() > 0) {
          id.append('_');
        }
        pendingUnderscore = false;
        id.append(c);
      } else {
        pendingUnderscore = true;
      }
    }
    return id.toString();
  }

  /** The UpperCamelCase form of a lower_snake_case identifier: {@code client_setup} → ClientSetup. */
  public static String upperCamel(String id) {
    return fromCode(id);
  }

  /** The UPPER_SNAKE_CASE constant for a lower_snake_case identifier. */
  public static String constantName(String id) {
    return id.toUpperCase(Locale.ROOT);
  }

  /** Whether {@code name} can be a Java type's simple name (an identifier, not a keyword). */
  public static boolean isTypeName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /** Whether {@code name} is a valid package name. */
  public static boolean isPackageName(String name) {
    return SourceVersion.isName(name);
  }

  /** Whether {@code word} is a Java keyword or literal ({@code class}, {@code null}). */
  public static boolean isKeyword(String word) {
    return SourceVersion.isKeyword(word);
  }

  /** Whether the reason id is lower_snake_case starting with a letter. */
  public static boolean isReasonId(String id) {
    if (id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
