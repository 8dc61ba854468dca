package com.example.salesforce;

import com.example.salesforce.oauth.OAuthErrors;

/** Placeholder entry point while the example app is built. */
public final class Main {
  private Main() {}

  /** Prints the catalog's codes. */
  public static void main(String[] args) {
    OAuthErrors.entries().forEach(entry -> System.out.println(entry.code()));
  }
}
