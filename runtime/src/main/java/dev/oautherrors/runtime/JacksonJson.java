package dev.oautherrors.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.oautherrors.runtime.ParseResult.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON token-endpoint body with jackson-core's streaming parser, for what {@link FlatJson}
 * does not take. Every Jackson type the runtime uses is named here and only here, so that a JVM
 * parsing only flat bodies never loads jackson-core (see {@code docs/performance.md}). One pass:
 * the top-level members {@code error}, {@code error_description}, {@code error_uri}, {@code state}
 * and {@code iss} when they are strings (the first string of each wins, a {@code null} counts as
 * absent, and a repeat is recorded in {@link BodyScan#repeated}), and the catalog's sub-code
 * member ({@link SubCodeReader}); every other member is
 * skipped whatever its type, and so is anything after the top-level object. Never throws for bad
 * input: Jackson's exceptions are caught around its calls and become problems whose detail says
 * where.
 */
final class JacksonJson {
  private final JsonFactory factory;
  private final int maxNestingDepth;
  /** The member holding the catalog's sub-code ({@link SubCodeReader}); null when none. */
  private final String subCodeField;

  JacksonJson(ParserLimits limits, String subCodeField) {
    this.subCodeField = subCodeField;
    this.maxNestingDepth = limits.maxNestingDepth();
    // No string, name or number can be longer than the body, which is already bounded, so those
    // limits are the body limit: only the nesting depth can stop a body under the size limit.
    int longest = limits.maxBodyBytes();
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(longest)
        .maxNameLength(longest)
        .maxNumberLength(longest)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Canonicalising names stays on (it is what makes repeated names cheap); interning them
        // would put every name a hostile server invents into the JVM's string table.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /** Jackson's reading of the body, for what {@link FlatJson} does not take. */
  BodyScan parseWithJackson(byte[] body, int offset, boolean collectMembers) {
    BodyScan scan = new BodyScan();
    JsonParser parser = null;
    try {
      parser = factory.createParser(body, offset, body.length - offset);
      return read(parser, scan, collectMembers);
    } catch (StreamConstraintsException e) {
      return refused(parser, scan, e);
    } catch (JsonProcessingException e) {
      return malformed(scan, e);
    } catch (IOException | IllegalStateException e) {
      return unreadable(scan, e);
    } finally {
      close(parser);
    }
  }

  /** Jackson's reading of the text, for what {@link FlatJson} does not take. */
  BodyScan parseWithJackson(String body, boolean collectMembers) {
    BodyScan scan = new BodyScan();
    JsonParser parser = null;
    try {
      parser = factory.createParser(body);
      return read(parser, scan, collectMembers);
    } catch (StreamConstraintsException e) {
      return refused(parser, scan, e);
    } catch (JsonProcessingException e) {
      return malformed(scan, e);
    } catch (IOException | IllegalStateException e) {
      return unreadable(scan, e);
    } finally {
      close(parser);
    }
  }

  /*
   * Why the members are collected during the one pass, until "error" turns collecting off: an
   * error body pays only for the members before "error" (one list entry each; the known fields'
   * strings are shared, not read twice), and a success body is read once. The other choice, a
   * second parse when no error is found, would read every token response twice. Measured with a
   * warmed-up loop (JDK 17): the seed's SAML assertion body ("error" second) parses in the same
   * time with and without collecting (~210 ns); with "error" after four other members, 262 ns
   * against 239 ns.
   */
  private BodyScan read(JsonParser parser, BodyScan scan, boolean collectMembers)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      parser.skipChildren(); // a deep or broken array is reported as such
      return scan.setProblem(Problem.NOT_AN_OBJECT,
          "JSON body is " + describe(first) + ", not an object");
    }
    boolean collect = collectMembers;
    List<String> members = null;
    JsonToken errorToken = null;
    JsonLocation errorLocation = null;
    String name;
    while ((name = parser.nextFieldName()) != null) {
      JsonToken value = parser.nextToken();
      if (value == null) { // Jackson reports a truncated object itself; this is a safety net
        return scan.setProblem(Problem.MALFORMED_JSON, "JSON syntax error at "
            + where(parser.currentLocation()) + ": unexpected end of input");
      }
      String text = null;
      // A null member is an absent member (some servers serialize every field of their type);
      // of a repeated member the first present value stands, and the repeat is recorded.
      boolean present = value != JsonToken.VALUE_NULL;
      switch (name) {
        case "error":
          scan.repeat(RepeatedParameters.ERROR);
          if (present && scan.code == null && errorToken == null) {
            if (value == JsonToken.VALUE_STRING) {
              scan.code = parser.getText();
              collect = false;
              members = null;
            } else {
              errorToken = value;
              errorLocation = parser.currentTokenLocation();
            }
          }
          break;
        case "error_description":
          scan.repeat(RepeatedParameters.DESCRIPTION);
          if (scan.description == null && value == JsonToken.VALUE_STRING) {
            text = scan.description = parser.getText();
          }
          break;
        case "error_uri":
          scan.repeat(RepeatedParameters.URI);
          if (scan.uri == null && value == JsonToken.VALUE_STRING) {
            text = scan.uri = parser.getText();
          }
          break;
        case "state":
          scan.repeat(RepeatedParameters.STATE);
          if (scan.state == null && value == JsonToken.VALUE_STRING) {
            text = scan.state = parser.getText();
          }
          break;
        case "iss":
          scan.repeat(RepeatedParameters.ISSUER);
          if (scan.issuer == null && value == JsonToken.VALUE_STRING) {
            text = scan.issuer = parser.getText();
          }
          break;
        default:
          if (scan.subCode == null && name.equals(subCodeField)) {
            scan.subCode = SubCodeReader.read(parser, value);
          }
          break;
      }
      if (collect && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
        if (members == null) {
          members = new ArrayList<>(16);
        }
        members.add(name);
        members.add(text != null ? text : parser.getText());
      } else {
        parser.skipChildren(); // iterative in Jackson, and bounded by the nesting limit
      }
    }
    if (errorToken != null) {
      return scan.setProblem(Problem.ERROR_NOT_A_STRING, "\"error\" is " + describe(errorToken)
          + ", not a string, at " + where(errorLocation));
    }
    if (scan.code != null) {
      scan.kind = BodyScan.Kind.ERROR;
      return scan;
    }
    scan.kind = BodyScan.Kind.OBJECT;
    if (members != null) {
      scan.parameters = Parameters.adopt(members);
    }
    return scan;
  }

  /** A Jackson constraint refused the body: the nesting limit, or another of its guards. */
  private BodyScan refused(JsonParser parser, BodyScan scan, StreamConstraintsException e) {
    if (parser != null && parser.getParsingContext().getNestingDepth() > maxNestingDepth) {
      return scan.setProblem(Problem.TOO_DEEP, "JSON nests deeper than the " + maxNestingDepth
          + "-level limit (ParserLimits.maxNestingDepth) at " + where(parser.currentLocation()));
    }
    return scan.setProblem(Problem.TOO_LARGE,
        "JSON refused by a parser limit: " + shortMessage(e));
  }

  private static BodyScan malformed(BodyScan scan, JsonProcessingException e) {
    String detail = "JSON syntax error at " + where(e.getLocation()) + ": " + shortMessage(e);
    if (scan.code != null) {
      detail += "; an \"error\" string (\"" + SafeText.forLog(scan.code)
          + "\") was read before it";
    }
    return scan.setProblem(Problem.MALFORMED_JSON, detail);
  }

  private static BodyScan unreadable(BodyScan scan, Exception e) {
    return scan.setProblem(Problem.MALFORMED_JSON, "JSON body could not be read: "
        + SafeText.forLog(String.valueOf(e.getMessage())));
  }

  private static String where(JsonLocation location) {
    if (location == null) {
      return "an unknown position";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** Jackson's message without the location and source description it appends. */
  private static String shortMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int cut = message.indexOf(" (start marker at");
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    cut = message.indexOf('\n');
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    return SafeText.forLog(message);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  private static void close(JsonParser parser) {
    if (parser == null) {
      return;
    }
    try {
      parser.close(); // returns Jackson's buffers for reuse; nothing to release for arrays
    } catch (IOException e) {
      // Closing a parser over a byte array or a string does no I/O.
    }
  }
}
