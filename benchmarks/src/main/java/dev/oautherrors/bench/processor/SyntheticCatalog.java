package dev.oautherrors.bench.processor;

import java.util.Locale;

/**
 * Writes a catalog of n codes, the same for the same n: codes {@code bench_error_00000} on, with
 * the features of the reference catalog in fixed proportions (every 5th code an alias, every 10th
 * two reasons, every 3rd in one of up to 10 groups, every 2nd flows, a retry and an action), so that the
 * generated code grows as a real catalog's would.
 */
public final class SyntheticCatalog {
  private static final String[] RETRY = {"never", "poll", "slow_down", "back_off", "restart"};
  private static final int MAX_GROUPS = 10;

  private SyntheticCatalog() {}

  /** The Java package of the catalog of n codes. */
  public static String packageName(int n) {
    return "bench.generated.c" + n;
  }

  public static String yaml(int n) {
    // Every group must have codes (the processor rejects an empty one).
    int groups = Math.max(1, Math.min(MAX_GROUPS, (n + 2) / 3));
    StringBuilder yaml = new StringBuilder(n * 200)
        .append("package: ").append(packageName(n)).append('\n')
        .append("stateMismatch: ").append(code(0)).append('\n')
        .append("flows:\n")
        .append("  web_server: Authorization code flow.\n")
        .append("  refresh_token: Refresh token flow.\n")
        .append("groups:\n");
    for (int g = 0; g < groups; g++) {
      yaml.append("  group_").append(g).append(":\n")
          .append("    description: Synthetic group ").append(g).append(".\n");
    }
    yaml.append("errors:\n");
    for (int i = 0; i < n; i++) {
      yaml.append("  - code: ").append(code(i)).append('\n');
      if (i % 5 == 0) {
        yaml.append("    aliases: [").append(code(i).replace('_', '-')).append("]\n");
      }
      yaml.append("    cause: Synthetic error number ").append(i)
          .append(", as a server documents it.\n");
      if (i % 3 == 0) {
        yaml.append("    group: group_").append((i / 3) % groups).append('\n');
      }
      if (i % 2 == 0) {
        yaml.append("    flows: [web_server, refresh_token]\n")
            .append("    retry: ").append(RETRY[i % RETRY.length]).append('\n')
            .append("    action: Do what synthetic error ").append(i).append(" asks.\n");
      }
      if (i % 10 == 0) {
        yaml.append("    reasons:\n")
            .append("      - description: first reason of error ").append(i).append('\n')
            .append("      - description: second reason of error ").append(i).append('\n')
            .append("        retry: back_off\n");
      }
    }
    return yaml.toString();
  }

  static String code(int i) {
    return String.format(Locale.ROOT, "bench_error_%05d", i);
  }
}
