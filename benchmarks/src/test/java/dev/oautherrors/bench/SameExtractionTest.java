package dev.oautherrors.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oautherrors.bench.Inputs.Body;
import dev.oautherrors.bench.Inputs.Expected;
import dev.oautherrors.bench.Inputs.Redirect;
import dev.oautherrors.bench.contenders.Extracted;
import dev.oautherrors.bench.contenders.Floors;
import dev.oautherrors.bench.contenders.Nimbus;
import dev.oautherrors.bench.contenders.Ours;
import dev.oautherrors.bench.contenders.Spring;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apples to apples: for every input, every contender extracts the same code, description, uri
 * and state, through the very calls the benchmarks make.
 */
class SameExtractionTest {
  static Stream<Body> bodies() {
    return Inputs.BODIES.stream();
  }

  static Stream<Redirect> redirects() {
    return Inputs.REDIRECTS.stream();
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void everyContenderReadsTheSameBody(Body input) throws Exception {
    byte[] body = input.bytes();
    Extracted expected = extracted(input.expected());
    assertEquals(expected, Ours.extract(Ours.body(body)), "ours");
    assertEquals(expected, Nimbus.extract(Nimbus.body(Nimbus.response(400,
        Map.of("Content-Type", List.of("application/json")), body))), "Nimbus");
    assertEquals(expected, Spring.extract(Spring.body(Spring.jsonHeaders(), body)), "Spring");
    assertEquals(expected, Floors.jackson(body), "jackson-core floor");
  }

  @ParameterizedTest
  @MethodSource("redirects")
  void everyContenderReadsTheSameRedirect(Redirect input) throws Exception {
    Extracted expected = extracted(input.expected());
    assertEquals(expected, Ours.extract(Ours.redirect(input.uri())), "ours");
    assertEquals(expected, Nimbus.extract(Nimbus.redirect(input.uri())), "Nimbus");
    assertEquals(expected, Floors.uriSplit(input.uri()), "URI + split floor");
    assertEquals(expected, Floors.stringScan(input.uri()), "string scan floor");
  }

  @org.junit.jupiter.api.Test
  void everyContenderReadsTheSameHttpResponse() throws Exception {
    byte[] body = Inputs.HTTP_BODY.bytes();
    Extracted expected = extracted(Inputs.HTTP_BODY.expected());
    assertEquals(expected, Ours.extract(Ours.response(Inputs.HTTP_STATUS, Ours.HTTP_HEADERS,
        body)), "ours");
    assertEquals(expected, Nimbus.extract(Nimbus.body(Nimbus.response(Inputs.HTTP_STATUS,
        Inputs.HTTP_HEADERS, body))), "Nimbus");
    assertEquals(expected, Spring.extract(Spring.body(Spring.headers(Inputs.HTTP_HEADERS),
        body)), "Spring");
    assertEquals(expected, Floors.jackson(body), "jackson-core floor");
  }

  private static Extracted extracted(Expected e) {
    return new Extracted(e.code(), e.description(), e.uri(), e.state());
  }
}
