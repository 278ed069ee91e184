package id.pokin.audit;

/**
 * One field of a change: its value before and after, as JSON ({@code null} for absent).
 */
public record FieldChange(String field, String before, String after) {
}
