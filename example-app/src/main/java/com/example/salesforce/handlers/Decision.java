package com.example.salesforce.handlers;

import java.util.Objects;

/**
 * What the app decided to do about an error, and why, in words a person reads at a glance.
 *
 * @param action what the app does
 * @param why the reason, for the log or the user
 */
public record Decision(Action action, String why) {

  /** What the app can do about an OAuth error. */
  public enum Action {
    /** Send the same request again later, with back-off. */
    RETRY("retry later"),
    /** Send the user through the login flow again. */
    REAUTHENTICATE("re-authenticate"),
    /** Show the user what happened; nothing for the app to fix. */
    TELL_USER("tell the user"),
    /** Page the people who configure the connected app or the org. */
    ALERT_ADMIN("alert an admin"),
    /** Drop the login attempt and start over: the response may be forged. */
    RESTART_LOGIN("restart the login (possible attack)");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    /** The action as the app prints it. */
    public String label() {
      return label;
    }
  }

  /** Creates the value. */
  public Decision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(why, "why");
  }

  @Override
  public String toString() {
    return action.label() + ": " + why;
  }
}
