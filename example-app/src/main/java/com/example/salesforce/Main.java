package com.example.salesforce;

import java.io.IOException;

/**
 * The example app: {@code demo} (the default) runs a Salesforce client against a local fake
 * login server; {@code explain} explains one response.
 */
public final class Main {
  private Main() {}

  /** Runs the command in {@code args}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String command = args.length == 0 ? "demo" : args[0];
    switch (command) {
      case "demo" -> Demo.run(System.out);
      case "explain" -> {
        if (args.length != 2) {
          Demo.printUsage(System.err);
          System.exit(2);
        }
        System.exit(Explain.run(args[1], System.in, System.out));
      }
      case "help", "-h", "--help" -> Demo.printUsage(System.out);
      default -> {
        System.err.println("unknown command: " + command);
        Demo.printUsage(System.err);
        System.exit(2);
      }
    }
  }
}
