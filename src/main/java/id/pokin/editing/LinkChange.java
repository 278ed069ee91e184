package id.pokin.editing;

/** What a link mutation answers: the link, and whether the graph changed. */
public record LinkChange(LinkType type, String from, String to, boolean changed) {
}
