package org.healthequity.exchange.insight;

/** A figure with its chart drawn as SVG, ready to be shown inline (role="img", the description as its label). */
public record Chart(Figure figure, String svg) {
}
