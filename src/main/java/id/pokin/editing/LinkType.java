package id.pokin.editing;

/** The links an edit can add or remove; {@code PART_OF} only through a unit's parent. */
public enum LinkType {

	CONTRIBUTES_TO, RESPONSIBLE_FOR, PART_OF

}
