package id.pokin.node;

/** A value as written in the document ({@code BB = 72.4}) and the number read from it, if any. */
public record Measure(String raw, Double value) {
}
