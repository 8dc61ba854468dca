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
