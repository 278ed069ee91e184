package id.pokin.node;

/** An indicator's target for one year, as written and as a number where one could be read. */
public record Target(int year, String raw, Double value) {
}
