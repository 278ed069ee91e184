package id.pokin.cascade;

/** What a unit and its sub-units answer for, counted by kind; {@code units} counts the sub-units themselves. */
public record UnitCounts(int units, int tujuan, int sasaran, int kondisi, int indikator) {
}
