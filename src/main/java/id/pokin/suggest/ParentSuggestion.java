package id.pokin.suggest;

import java.util.List;

import id.pokin.node.CascadeNode;

/** One suggested parent: the element, its score (0 to 1) and the signals that matched. */
record ParentSuggestion(CascadeNode node, double score, List<Text> reasons) {

}
