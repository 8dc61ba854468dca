package com.example.entra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The provider sub-codes of the catalog {@code errors.yaml}: finer codes sent beside {@code error},
 * read from the JSON member {@code error_codes}, else from the start of {@code error_description}
 * by the pattern <code>^AADSTS(&#92;d{1,10}):</code>. The generated exceptions' {@code subCode()}
 * returns one; a sub-code the catalog does not list is {@link #UNKNOWN}, and {@code rawSubCode()}
 * keeps the value as sent either way.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public enum SubCode {
  /**
   * {@code 50126}: The user name or the password is wrong.
   *
   * <p>Ask the user to check the password; do not retry with the same one.
   *
   * <p>Goes with {@code invalid_grant}.
   */
  INVALID_USERNAME_OR_PASSWORD(
      "50126",
      "The user name or the password is wrong.",
      "Ask the user to check the password; do not retry with the same one.",
      "invalid_grant"),

  /**
   * {@code 70008}: The refresh token or code has expired or was revoked.
   *
   * <p>Send the user through sign-in again.
   *
   * <p>Goes with {@code invalid_grant}.
   */
  EXPIRED_OR_REVOKED_GRANT(
      "70008",
      "The refresh token or code has expired or was revoked.",
      "Send the user through sign-in again.",
      "invalid_grant"),

  /**
   * {@code 7000215}: The client secret sent is not the one registered for the app.
   *
   * <p>Goes with {@code invalid_client}.
   */
  SUB_7000215(
      "7000215",
      "The client secret sent is not the one registered for the app.",
      null,
      "invalid_client"),

  /**
   * {@code 50076}: A second factor is required by policy.
   *
   * <p>Goes with {@code interaction_required}, {@code invalid_grant}.
   */
  MFA_REQUIRED(
      "50076",
      "A second factor is required by policy.",
      null,
      "interaction_required invalid_grant"),

  /**
   * A sub-code the catalog does not list; {@code rawSubCode()} on the error holds the value sent.
   */
  UNKNOWN("", "The catalog does not list this sub-code.", null, "");

  private static final Map<String, SubCode> BY_VALUE = index();

  private final String value;

  private final String cause;

  private final String action;

  private final String errorCodes;

  SubCode(String value, String cause, String action, String errorCodes) {
    this.value = value;
    this.cause = cause;
    this.action = action;
    this.errorCodes = errorCodes;
  }

  /**
   * The sub-code as the server sends it; empty for {@link #UNKNOWN}.
   */
  public String value() {
    return value;
  }

  /**
   * What the sub-code means, in the catalog's words.
   */
  public String cause() {
    return cause;
  }

  /**
   * What the application or its admin should do, when the catalog says.
   */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /**
   * The error codes this sub-code goes with, as the catalog lists them; empty when it names none.
   */
  public List<String> errorCodes() {
    return errorCodes.isEmpty() ? List.of() : List.of(errorCodes.split(" "));
  }

  /**
   * Whether the catalog lists this sub-code (every constant but {@link #UNKNOWN}).
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * The sub-code sent as {@code value}, compared exactly; empty when the catalog does not list it.
   * Constant time: one hash lookup.
   */
  public static Optional<SubCode> lookup(String value) {
    return Optional.ofNullable(BY_VALUE.get(value));
  }

  /**
   * The sub-code sent as {@code value}; {@link #UNKNOWN} when the catalog does not list it.
   */
  public static SubCode of(String value) {
    return BY_VALUE.getOrDefault(value, UNKNOWN);
  }

  private static Map<String, SubCode> index() {
    SubCode[] all = values();
    Map<String, SubCode> map = new HashMap<>(all.length * 2);
    for (SubCode subCode : all) {
      if (subCode != UNKNOWN) {
        map.put(subCode.value, subCode);
      }
    }
    return map;
  }
}
