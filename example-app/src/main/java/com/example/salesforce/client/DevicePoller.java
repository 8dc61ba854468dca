package com.example.salesforce.client;

import com.example.salesforce.handlers.DevicePollingErrors;
import com.example.salesforce.handlers.DevicePollingErrorsDispatcher;
import com.example.salesforce.handlers.PollStep;
import com.example.salesforce.oauth.OAuthErrorException;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls the token endpoint for a device code as RFC 8628 says: again at the interval on
 * {@code authorization_pending}, five seconds slower for good on {@code slow_down}, and stops on
 * anything else. Errors go through {@link DevicePollingErrors}; the waits are divided by {@code
 * speedUp} so that the demo does not take minutes.
 */
public final class DevicePoller {
  private static final int MAX_POLLS = 30;

  private final SalesforceClient client;
  private final long speedUp;
  private final DevicePollingErrorsDispatcher errors =
      new DevicePollingErrorsDispatcher(new DevicePollingErrors());

  /** A poller that waits {@code 1/speedUp} of each interval. */
  public DevicePoller(SalesforceClient client, long speedUp) {
    this.client = client;
    this.speedUp = speedUp;
  }

  /** One poll: what came back, and what the poller does next. */
  public record Poll(int number, Duration waited, ParseResult<OAuthErrorException> result,
      PollStep step) {}

  /** The end of polling: the last poll decides whether the user approved. */
  public record Outcome(boolean approved, Poll last) {}

  /** Polls until approval or a stop, reporting each poll to {@code onPoll}. */
  public Outcome poll(String clientId, String deviceCode, Duration interval, Consumer<Poll> onPoll)
      throws IOException, InterruptedException {
    Duration wait = interval;
    for (int number = 1; number <= MAX_POLLS; number++) {
      Thread.sleep(Math.max(1, wait.toMillis() / speedUp));
      ParseResult<OAuthErrorException> result = client.token(Map.of(
          "grant_type", "device", "client_id", clientId, "code", deviceCode));
      PollStep step = step(result);
      Poll poll = new Poll(number, wait, result, step);
      onPoll.accept(poll);
      if (result instanceof ParseResult.Success<OAuthErrorException>) {
        return new Outcome(true, poll);
      }
      if (step.kind() == PollStep.Kind.STOP) {
        return new Outcome(false, poll);
      }
      if (step.kind() == PollStep.Kind.SLOW_DOWN) {
        wait = wait.plus(PollStep.SLOW_DOWN_INCREMENT);
      }
    }
    throw new IOException("the device code was not approved after " + MAX_POLLS + " polls");
  }

  private PollStep step(ParseResult<OAuthErrorException> result) {
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      try {
        return errors.handle(error.error());
      } catch (OAuthErrorException outsideTheFlow) {
        return new PollStep(PollStep.Kind.STOP, "'" + outsideTheFlow.code()
            + "' is not a device-flow code: stop");
      }
    }
    if (result instanceof ParseResult.NotOAuth<OAuthErrorException> notOAuth) {
      return new PollStep(PollStep.Kind.STOP, "not an OAuth answer: " + notOAuth.detail());
    }
    return new PollStep(PollStep.Kind.STOP, "the user approved the device");
  }
}
