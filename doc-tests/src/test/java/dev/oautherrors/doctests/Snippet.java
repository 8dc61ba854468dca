package dev.oautherrors.doctests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ```java} block of a Markdown file, with the marker comment before it, if any:
 * {@code <!-- snippet: context=NAME catalog=PATH release=21 -->}. {@code line} is the file's line
 * of the block's first line of code.
 */
record Snippet(Path file, int line, String code, Map<String, String> marker, boolean guide) {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*snippet:(.*?)-->");
  private static final Pattern GUIDE = Pattern.compile("<!--\\s*guide:.*-->");

  /** Every Java block of {@code file}, in order. */
  static List<Snippet> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int first = i + 1;
      int end = first;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      String before = previousNonBlank(lines, i);
      Map<String, String> marker = new LinkedHashMap<>();
      Matcher matcher = MARKER.matcher(before);
      if (matcher.find()) {
        for (String pair : matcher.group(1).trim().split("\\s+")) {
          int equals = pair.indexOf('=');
          if (equals < 0) {
            throw new IllegalArgumentException(file + ":" + i + ": marker word without '=': " + pair);
          }
          marker.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
      snippets.add(new Snippet(file, first + 1, String.join("\n", lines.subList(first, end)) + "\n",
          marker, GUIDE.matcher(before).find()));
      i = end;
    }
    return snippets;
  }

  private static String previousNonBlank(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i);
      }
    }
    return "";
  }

  String where(Path root) {
    return root.relativize(file).toString().replace('\\', '/') + ":" + line;
  }
}
