package dev.oautherrors.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of one {@code application/x-www-form-urlencoded} string (a redirect's query or
 * fragment, a form post body, a form-encoded token response), found in one pass. The scan records
 * where each parameter's name and value are and which of them the parsers look for; values are
 * decoded only when asked for, so an error redirect decodes three or four values and nothing else.
 *
 * <p>Parameters are separated by {@code &}; a parameter without {@code =} has the empty value;
 * empty segments ({@code a=1&&b=2}) are no parameters. Of a name given twice, the first wins for
 * the accessors here and the repeat of an OAuth error parameter is noted ({@link #repeated()});
 * {@link #parameters()} keeps every occurrence.
 */
final class FormFields {
  private static final int NONE = -1;

  private final String text;
  /** For parameter i: name start, name end, value start, value end, at 4 * i. */
  private int[] ranges = new int[16];
  private int count;

  private int error = NONE;
  private int errorDescription = NONE;
  private int errorUri = NONE;
  private int state = NONE;
  private int issuer = NONE;
  private int ssoErrorCode = NONE;
  private int ssoErrorDescription = NONE;
  private int code = NONE;
  private int accessToken = NONE;
  private int idToken = NONE;
  private int repeated;

  private FormFields(String text) {
    this.text = text;
  }

  /** Scans the parameters of {@code text[start, end)}. */
  static FormFields scan(String text, int start, int end) {
    FormFields fields = new FormFields(text);
    int segment = start;
    // The next '=' at or after segment (-1: none left; -2: not searched yet), kept across
    // segments so that a run of parameters without '=' does not search to the end each time.
    int eq = -2;
    while (segment < end) {
      int amp = text.indexOf('&', segment);
      int segmentEnd = amp < 0 || amp > end ? end : amp;
      if (segmentEnd > segment) {
        if (eq != -1 && eq < segment) {
          eq = text.indexOf('=', segment);
        }
        if (eq < 0 || eq >= segmentEnd) {
          fields.add(segment, segmentEnd, segmentEnd, segmentEnd);
        } else {
          fields.add(segment, eq, eq + 1, segmentEnd);
        }
      }
      segment = segmentEnd + 1;
    }
    return fields;
  }

  private void add(int nameStart, int nameEnd, int valueStart, int valueEnd) {
    int at = count * 4;
    if (at == ranges.length) {
      ranges = Arrays.copyOf(ranges, at * 2);
    }
    ranges[at] = nameStart;
    ranges[at + 1] = nameEnd;
    ranges[at + 2] = valueStart;
    ranges[at + 3] = valueEnd;
    if (FormDecoder.needsDecoding(text, nameStart, nameEnd)) {
      String name = FormDecoder.decode(text, nameStart, nameEnd);
      remember(name, 0, name.length());
    } else {
      remember(text, nameStart, nameEnd);
    }
    count++;
  }

  /**
   * Notes parameter {@code count} if its name, {@code name[start, end)}, is one the parsers look
   * for and was not seen before: the first occurrence wins.
   */
  private void remember(String name, int start, int end) {
    switch (end - start) {
      case 3:
        if (name.startsWith("iss", start)) {
          issuer = first(issuer, RepeatedParameters.ISSUER);
        }
        break;
      case 4:
        if (code == NONE && name.startsWith("code", start)) {
          code = count;
        }
        break;
      case 5:
        if (name.startsWith("error", start)) {
          error = first(error, RepeatedParameters.ERROR);
        } else if (name.startsWith("state", start)) {
          state = first(state, RepeatedParameters.STATE);
        }
        break;
      case 8:
        if (idToken == NONE && name.startsWith("id_token", start)) {
          idToken = count;
        }
        break;
      case 9:
        if (name.startsWith("error_uri", start)) {
          errorUri = first(errorUri, RepeatedParameters.URI);
        } else if (ssoErrorCode == NONE && name.startsWith("ErrorCode", start)) {
          ssoErrorCode = count;
        }
        break;
      case 12:
        if (accessToken == NONE && name.startsWith("access_token", start)) {
          accessToken = count;
        }
        break;
      case 16:
        if (ssoErrorDescription == NONE && name.startsWith("ErrorDescription", start)) {
          ssoErrorDescription = count;
        }
        break;
      case 17:
        if (name.startsWith("error_description", start)) {
          errorDescription = first(errorDescription, RepeatedParameters.DESCRIPTION);
        }
        break;
      default:
        break;
    }
  }

  /** The index of the parameter that stands: the one seen before, else this one (a repeat is noted). */
  private int first(int seen, int bit) {
    if (seen == NONE) {
      return count;
    }
    repeated |= bit;
    return seen;
  }

  /** The {@link RepeatedParameters} bits of the OAuth parameters given more than once. */
  int repeated() {
    return repeated;
  }

  /** The number of parameters. */
  int size() {
    return count;
  }

  /**
   * Whether there is an {@code error}, or, failing that, a Salesforce single sign-on {@code
   * ErrorCode}.
   */
  boolean hasError() {
    return error != NONE || ssoErrorCode != NONE;
  }

  /** Whether there is an {@code error} (a body's form must use that name). */
  boolean hasErrorParameter() {
    return error != NONE;
  }

  /** Whether there is a {@code code}, {@code access_token} or {@code id_token}. */
  boolean hasSuccessKey() {
    return code != NONE || accessToken != NONE || idToken != NONE;
  }

  /** {@code error}, else {@code ErrorCode}; null when {@link #hasError()} is false. */
  String errorCode() {
    return value(error != NONE ? error : ssoErrorCode);
  }

  /**
   * {@code error_description}; with an {@code ErrorCode} and no {@code error}, {@code
   * ErrorDescription} first.
   */
  String errorDescription() {
    if (error == NONE && ssoErrorDescription != NONE) {
      return value(ssoErrorDescription);
    }
    return value(errorDescription);
  }

  String errorUri() {
    return value(errorUri);
  }

  String state() {
    return value(state);
  }

  String issuer() {
    return value(issuer);
  }

  /** Every parameter, decoded, in order, repeats included. */
  Parameters parameters() {
    List<String> namesAndValues = new ArrayList<>(count * 2);
    for (int i = 0; i < count; i++) {
      int at = i * 4;
      namesAndValues.add(FormDecoder.decode(text, ranges[at], ranges[at + 1]));
      namesAndValues.add(FormDecoder.decode(text, ranges[at + 2], ranges[at + 3]));
    }
    return Parameters.adopt(namesAndValues);
  }

  private String value(int index) {
    if (index == NONE) {
      return null;
    }
    int at = index * 4;
    return FormDecoder.decode(text, ranges[at + 2], ranges[at + 3]);
  }
}
