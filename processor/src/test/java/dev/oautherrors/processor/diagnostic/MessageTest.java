package dev.oautherrors.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every message has a documented ID and a template that formats. */
class MessageTest {

  @Test
  void everyIdIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("../docs/diagnostics.md"));
    for (Message message : Message.values()) {
      String id = message.id().substring(Message.ID_PREFIX.length());
      assertTrue(docs.contains("`" + id + "`"), () -> id + " is not in docs/diagnostics.md");
    }
  }

  @Test
  void everyValueButAVerbatimOneIsEscaped() {
    // A catalog cause inside a list the processor composed (a StringBuilder, not a String) used
    // to reach the terminal raw: ESC [2J clears the screen.
    String esc = "Polls.\u001b[2J\u009b31m\r";
    String text = Message.MISSING_CODES.format("H", "1 code of errors.yaml",
        new StringBuilder("  - slow_down: ").append(esc), "this method", "H",
        new Verbatim("stub"));
    assertTrue(text.contains("Polls.\\u001B[2J\\u009B31m\\u000D"), text);
    assertTrue(text.chars().noneMatch(c -> c == 0x1b || c == 0x9b || c == '\r'), text);
    assertTrue(Message.UNKNOWN_FIELD.format("a\u001bb", 42, new Verbatim("\u001b"))
        .contains("a\\u001Bb"));
  }

  @Test
  void everyMessageStartsWithItsBracketedIdAndFillsEveryPlaceholder() {
    for (Message message : Message.values()) {
      Object[] args = new Object[20];
      Arrays.fill(args, "x");
      String text = message.format(args);
      assertTrue(text.startsWith("[OAuthErrors/"), text);
      assertTrue(!text.contains("%"), () -> message + " left a placeholder: " + text);
    }
  }
}
