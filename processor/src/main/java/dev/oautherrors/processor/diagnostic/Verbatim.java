package dev.oautherrors.processor.diagnostic;

/**
 * A message value the processor composed itself, such as a list of the places it looked, shown
 * as it is: neither escaped nor cut like values quoted from the catalog (see {@link Printable}).
 *
 * @param text the value
 */
public record Verbatim(String text) {
  @Override
  public String toString() {
    return text;
  }
}
