package dev.oautherrors.spring;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The first bytes of a streamed body, read one buffer at a time until more than a given count
 * arrived or the body ended, and the rest of the body, not yet requested: whoever subscribes to
 * {@link #rest()} gets it as it streams, with back-pressure. Buffers read are copied and released.
 */
final class BodyPrefix {
  private final byte[] bytes;
  private final Reader reader;

  private BodyPrefix(byte[] bytes, Reader reader) {
    this.bytes = bytes;
    this.reader = reader;
  }

  /**
   * Reads {@code body} until at least {@code count} bytes or its end. The prefix holds whole
   * buffers, so it may hold more than {@code count} bytes.
   */
  static Mono<BodyPrefix> read(Flux<DataBuffer> body, int count) {
    return Mono.create(sink -> body.subscribe(new Reader(sink, count)));
  }

  /** The bytes read: the whole body when it was shorter than the count asked for. */
  byte[] bytes() {
    return bytes;
  }

  /** The unread rest of the body (empty when the whole body was read); subscribe once. */
  Flux<DataBuffer> rest() {
    if (reader.complete) {
      return Flux.empty();
    }
    Publisher<DataBuffer> unread = reader::subscribeRest;
    return Flux.from(unread);
  }

  /** Cancels the unread rest, so that the connection is not held for it. */
  void discardRest() {
    if (!reader.complete) {
      reader.upstream.cancel();
    }
  }

  /** Subscribes to the body: first for the prefix, then on behalf of the rest's subscriber. */
  private static final class Reader implements CoreSubscriber<DataBuffer> {
    private final MonoSink<BodyPrefix> sink;
    private final int count;
    private final ByteArrayOutputStream prefix = new ByteArrayOutputStream();
    private final AtomicBoolean restTaken = new AtomicBoolean();
    private Subscription upstream;
    private boolean prefixDone;
    private volatile boolean complete;
    private volatile Subscriber<? super DataBuffer> rest;

    Reader(MonoSink<BodyPrefix> sink, int count) {
      this.sink = sink;
      this.count = count;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      upstream = subscription;
      sink.onCancel(() -> {
        if (!prefixDone) {
          subscription.cancel();
        }
      });
      subscription.request(1);
    }

    @Override
    public void onNext(DataBuffer buffer) {
      if (prefixDone) {
        rest.onNext(buffer);
        return;
      }
      try {
        byte[] chunk = new byte[buffer.readableByteCount()];
        buffer.read(chunk);
        prefix.write(chunk, 0, chunk.length);
      } finally {
        DataBufferUtils.release(buffer);
      }
      if (prefix.size() >= count) {
        prefixDone = true;
        sink.success(new BodyPrefix(prefix.toByteArray(), this));
      } else {
        upstream.request(1);
      }
    }

    @Override
    public void onError(Throwable error) {
      if (prefixDone) {
        rest.onError(error);
      } else {
        prefixDone = true;
        sink.error(error);
      }
    }

    @Override
    public void onComplete() {
      if (prefixDone) {
        rest.onComplete();
      } else {
        prefixDone = true;
        complete = true;
        sink.success(new BodyPrefix(prefix.toByteArray(), this));
      }
    }

    /** Hands the rest of the body to {@code subscriber}: its requests go to the body. */
    private void subscribeRest(Subscriber<? super DataBuffer> subscriber) {
      if (!restTaken.compareAndSet(false, true)) {
        throw new IllegalStateException("the rest of the body can be read once");
      }
      rest = subscriber;
      subscriber.onSubscribe(upstream);
    }
  }
}
