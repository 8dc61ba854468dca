package com.example.salesforce;

import dev.oautherrors.runtime.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole HTTP response saved as text: a status line, header lines, a blank line, the body. Also
 * reads the one-line form the Salesforce page prints ({@code HTTP/1.1 400 Bad Request
 * Content-Type: application/json Cache-Control: no-store { ... }}).
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body
 */
record SavedResponse(int status, Headers headers, String body) {

  /** Reads {@code text} when it starts with a status line such as {@code HTTP/1.1 400}. */
  static Optional<SavedResponse> parse(String text) {
    String trimmed = text.stripLeading();
    if (!trimmed.startsWith("HTTP/") || trimmed.length() < 12) {
      return Optional.empty();
    }
    int space = trimmed.indexOf(' ');
    int status;
    try {
      status = Integer.parseInt(trimmed.substring(space + 1, space + 4));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
    if (status < 100 || status > 999) {
      return Optional.empty();
    }
    String normalized = trimmed.replace("\r\n", "\n");
    int blank = normalized.indexOf("\n\n");
    if (blank >= 0) {
      return Optional.of(new SavedResponse(status,
          headerLines(normalized.substring(0, blank).lines().skip(1).toList()),
          normalized.substring(blank + 2)));
    }
    int brace = normalized.indexOf('{');
    String head = brace < 0 ? normalized : normalized.substring(0, brace);
    String body = brace < 0 ? "" : normalized.substring(brace);
    return Optional.of(new SavedResponse(status, oneLineHeaders(head), body));
  }

  private static Headers headerLines(List<String> lines) {
    List<String> fields = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.add(line.substring(0, colon).strip());
        fields.add(line.substring(colon + 1).strip());
      }
    }
    return Headers.of(fields.toArray(new String[0]));
  }

  /** "HTTP/1.1 400 Bad Request Content-Type: application/json Cache-Control: no-store". */
  private static Headers oneLineHeaders(String head) {
    String[] words = head.strip().split("\\s+");
    List<String> fields = new ArrayList<>();
    StringBuilder value = null;
    for (String word : words) {
      if (word.endsWith(":") && word.length() > 1) {
        if (value != null) {
          fields.add(value.toString().strip());
        }
        fields.add(word.substring(0, word.length() - 1));
        value = new StringBuilder();
      } else if (value != null) {
        value.append(word).append(' ');
      }
    }
    if (value != null) {
      fields.add(value.toString().strip());
    }
    return Headers.of(fields.toArray(new String[0]));
  }
}
