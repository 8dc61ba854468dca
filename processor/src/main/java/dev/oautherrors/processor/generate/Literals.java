package dev.oautherrors.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** String literals laid out as a person would: a long text becomes a concatenation of lines. */
final class Literals {
  private static final int CHUNK = 72;

  private Literals() {}

  /** {@code "text"}, or {@code "first part " + "second part"} over several lines. */
  static CodeBlock text(String text) {
    if (text.length() <= CHUNK) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder parts = CodeBlock.builder();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + CHUNK);
      if (end < text.length()) {
        int space = text.lastIndexOf(' ', end);
        if (space > start) {
          end = space + 1;
        } else if (Character.isHighSurrogate(text.charAt(end - 1)) && end - 1 > start) {
          end--; // each literal must hold whole characters: a lone half is not UTF-8
        }
      }
      parts.add(start == 0 ? "$S$>" : "\n+ $S", text.substring(start, end));
      start = end;
    }
    return parts.add("$<").build();
  }

  /** {@code "a", "b", "c"}, wrapping where the line gets long. */
  static CodeBlock list(List<String> values) {
    List<CodeBlock> literals = new ArrayList<>();
    values.forEach(value -> literals.add(CodeBlock.of("$S", value)));
    return CodeBlock.join(literals, ",$W");
  }
}
